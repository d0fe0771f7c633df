// The handler lives in the binary; the work it does lives in the package's library (src/lib.rs),
// named by the package's name.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use quote_api::quotes::fetch_quote;
use serde_json::Value;

async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let quote = fetch_quote(&event.payload["id"].to_string()).await?;
    let total = quote_api::count_quotes().await?;
    Ok(serde_json::json!({ "quote": quote, "total": total }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handler)).await
}
