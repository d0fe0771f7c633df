use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

fn resize_all(images: Vec<String>) -> usize {
    let t = std::thread::spawn(move || images.len()); // expect: LL101
    t.join().unwrap_or(0)
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    Ok(Value::from(resize_all(vec![])))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
