use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::time::Duration;

async fn function_handler(http: &reqwest::Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    http.get("https://api.example.com").send().await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let http = reqwest::Client::builder().timeout(Duration::from_secs(3)).build()?;
    run(service_fn(|event| function_handler(&http, event))).await
}
