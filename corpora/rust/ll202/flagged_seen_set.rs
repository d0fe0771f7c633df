use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::collections::HashSet;
use std::sync::{LazyLock, Mutex};

static SEEN: LazyLock<Mutex<HashSet<String>>> = LazyLock::new(|| Mutex::new(HashSet::new()));

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let id = event.context.request_id.clone();
    if SEEN.lock().unwrap().contains(&id) {
        return Ok(Value::Null);
    }
    SEEN.lock().unwrap().insert(id); // expect: LL202
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
