use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::sync::{LazyLock, Mutex};

static BATCH: LazyLock<Mutex<Vec<Value>>> = LazyLock::new(|| Mutex::new(Vec::new()));

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    BATCH.lock().unwrap().push(event.payload.clone());
    let batch: Vec<Value> = BATCH.lock().unwrap().drain(..).collect();
    Ok(Value::from(batch.len()))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
