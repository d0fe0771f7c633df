use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
async fn lookup(id: &str) -> Option<String> {
    Some(id.to_owned())
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let id = event.payload["id"].as_str().unwrap_or("0");
    let name = futures::executor::block_on(lookup(id)); // expect: LL106
    Ok(Value::from(name))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
