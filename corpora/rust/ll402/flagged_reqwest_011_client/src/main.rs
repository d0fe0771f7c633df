// reqwest 0.11: `reqwest::Client` is the async client, with no timeout unless one is set.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn poll(client: &reqwest::Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let url = event.payload["feed"].as_str().unwrap_or_default().to_string();
    let text = client.get(url).send().await?.text().await?;
    Ok(serde_json::json!({ "length": text.len() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = reqwest::Client::new(); // expect: LL402
    run(service_fn(|event| poll(&client, event))).await
}
