use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::thread;
use std::time::Duration;

fn wait_for_export() {
    thread::sleep(Duration::from_millis(5000)); // expect: LL403
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    wait_for_export();
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
