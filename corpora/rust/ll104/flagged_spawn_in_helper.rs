use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use tokio::task;

fn fire_and_forget(payload: Value) {
    task::spawn(async move { drop(payload) }); // expect: LL104
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    fire_and_forget(event.payload.clone());
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
