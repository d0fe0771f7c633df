// JoinHandles collected in a Vec and awaited one by one before the handler returns: all joined.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let mut handles: Vec<tokio::task::JoinHandle<String>> = Vec::new();
    for i in 0..3 {
        let handle = tokio::task::spawn_blocking(move || format!("part {i}"));
        handles.push(handle);
    }
    let mut parts = Vec::new();
    for h in handles {
        parts.push(h.await?);
    }
    let mut threads = Vec::new();
    threads.push(std::thread::spawn(|| 1)); // expect: LL101 (a thread per invocation, but joined)
    for t in threads.into_iter() {
        let _ = t.join();
    }
    Ok(serde_json::json!({ "parts": parts, "event": event.payload }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
