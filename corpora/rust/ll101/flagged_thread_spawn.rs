use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::thread;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let worker = thread::spawn(move || 40 + 2); // expect: LL101
    let v = worker.join().unwrap();
    Ok(Value::from(v))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
