use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use tokio::runtime::Handle;

fn load_settings() -> String {
    Handle::current().block_on(async { fetch("settings").await }) // expect: LL106
}

async fn fetch(key: &str) -> String {
    key.to_string()
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let settings = load_settings();
    Ok(Value::String(settings))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
