use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let mut handles = Vec::new();
    for i in 0..4 {
        handles.push(tokio::spawn(async move { i * 2 }));
    }
    let results = futures::future::join_all(handles).await;
    Ok(Value::from(results.len()))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
