use aws_sdk_lambda::primitives::Blob;
use aws_sdk_lambda::types::InvocationType;
use aws_sdk_lambda::Client;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(lambda: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let body = serde_json::to_vec(&event.payload)?;
    lambda.invoke().function_name("resize-image").invocation_type(InvocationType::Event).payload(Blob::new(body)).send().await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let lambda = Client::new(&aws_config::load_from_env().await);
    run(service_fn(|event| function_handler(&lambda, event))).await
}
