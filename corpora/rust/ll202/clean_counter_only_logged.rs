use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::sync::atomic::{AtomicUsize, Ordering};

static CALLS: AtomicUsize = AtomicUsize::new(0);

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let n = CALLS.fetch_add(1, Ordering::Relaxed);
    tracing::info!(invocation = n, "handled");
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
