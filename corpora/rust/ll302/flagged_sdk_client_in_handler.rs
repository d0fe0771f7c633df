use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use aws_sdk_s3::Client;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let config = aws_config::load_from_env().await; // expect: LL302
    let s3 = Client::new(&config); // expect: LL302
    let key = event.payload["key"].as_str().unwrap_or_default();
    s3.get_object().bucket("b").key(key).send().await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
