use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use lazy_static::lazy_static;
use std::sync::Mutex;

lazy_static! {
    static ref LOG_LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let mut lines = LOG_LINES.lock().unwrap();
    LOG_LINES.lock().unwrap().push(format!("{:?}", event.payload)); // expect: LL201
    drop(lines);
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
