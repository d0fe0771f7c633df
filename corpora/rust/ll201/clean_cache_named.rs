use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

static TOKEN_CACHE: LazyLock<Mutex<HashMap<String, String>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    TOKEN_CACHE.lock().unwrap().insert("service".into(), "token".into());
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
