use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::time::Duration;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let work = async { 1 };
    let v = tokio::time::timeout(Duration::from_secs(2), work).await?;
    Ok(Value::from(v))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
