use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(http: &reqwest::Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let body = http.get("https://api.example.com/rates").send().await?.text().await?;
    Ok(Value::from(body))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let http = reqwest::Client::new(); // expect: LL402
    run(service_fn(|event| function_handler(&http, event))).await
}
