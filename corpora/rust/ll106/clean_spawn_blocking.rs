use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use tokio::runtime::Handle;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let handle = Handle::current();
    let out = tokio::task::spawn_blocking(move || handle.block_on(async { 42 })).await?;
    Ok(Value::from(out))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
