use aws_sdk_lambda::primitives::Blob;
use aws_sdk_lambda::types::InvocationType;
use aws_sdk_lambda::Client;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(lambda: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let body = serde_json::to_vec(&event.payload)?;
    for name in ["a", "b"] {
        lambda.invoke().function_name(name).payload(Blob::new(body.clone())).send().await?; // expect: LL507
    }
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let lambda = Client::new(&aws_config::load_from_env().await);
    run(service_fn(|event| function_handler(&lambda, event))).await
}
