use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    use cert_renewer::*;
    let domains: Vec<String> = serde_json::from_value(event.payload["domains"].clone())?;
    let count = renew_all(&domains).await?;
    Ok(serde_json::json!({ "renewed": count }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handler)).await
}
