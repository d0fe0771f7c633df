use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

static BY_USER: LazyLock<Mutex<HashMap<String, Value>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

fn remember(user: String, payload: Value) {
    BY_USER.lock().expect("poisoned").insert(user, payload); // expect: LL201
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    remember(event.context.request_id.clone(), event.payload.clone());
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
