use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn audit(v: Value) {
    let _ = v;
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    tokio::spawn(audit(event.payload.clone())); // expect: LL104
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
