use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::sync::LazyLock;
use std::time::Duration;

static HTTP: LazyLock<reqwest::Client> = LazyLock::new(|| {
    reqwest::Client::builder() // expect: LL402
        .connect_timeout(Duration::from_secs(1))
        .build()
        .unwrap()
});

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    HTTP.post("https://hooks.example.com").json(&event.payload).send().await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
