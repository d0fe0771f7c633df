use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use once_cell::sync::Lazy;
use std::sync::Mutex;

static EVENTS: Lazy<Mutex<Vec<Value>>> = Lazy::new(|| Mutex::new(Vec::new()));

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    EVENTS.lock().unwrap().push(event.payload.clone()); // expect: LL201
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
