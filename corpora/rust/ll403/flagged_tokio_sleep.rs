use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::time::Duration;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    tokio::time::sleep(Duration::from_secs(30)).await; // expect: LL403
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
