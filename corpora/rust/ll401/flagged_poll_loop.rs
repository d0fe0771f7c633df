use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use aws_sdk_athena::Client;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let athena = Client::new(&aws_config::load_from_env().await); // expect: LL302, LL302
    let id = "q-1";
    loop { // expect: LL401
        let out = athena.get_query_execution().query_execution_id(id).send().await?;
        if out.query_execution().is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_secs(1)).await; // expect: LL403
    }
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
