// The HTTP client is a lazy static of another module, first used by the handler.
mod shared;

use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::{json, Value};
use shared::PIN_HTTP;

async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let cid = event.payload["cid"].as_str().unwrap_or_default();
    let resp = PIN_HTTP.post(format!("https://pin.example.com/pins/{cid}")).send().await?;
    Ok(json!({ "status": resp.status().as_u16() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handler)).await
}
