// The library's client is built once in main and handed to the handler: nothing per invocation.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use quotes_core::{make_client, fetch_quote};
use serde_json::Value;

async fn handler(client: &aws_sdk_dynamodb::Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let quote = fetch_quote(client, &event.payload["id"].to_string()).await?;
    Ok(serde_json::json!({ "quote": quote }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = make_client().await;
    let client = &client;
    run(service_fn(move |event| async move { handler(client, event).await })).await
}
