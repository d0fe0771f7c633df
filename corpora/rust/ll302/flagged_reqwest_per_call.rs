use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn notify(url: &str) -> Result<(), Error> {
    let http = reqwest::Client::builder() // expect: LL302
        .timeout(std::time::Duration::from_secs(3))
        .build()?;
    http.post(url).send().await?;
    Ok(())
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    notify("https://example.com/hook").await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
