use cert_renewer::*;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn handler(s3: &aws_sdk_s3::Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let domains: Vec<String> = serde_json::from_value(event.payload["domains"].clone())?;
    let count = renew_all(s3, &domains).await?;
    Ok(serde_json::json!({ "renewed": count }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let s3 = shared_client().await;
    run(service_fn(|event| handler(&s3, event))).await
}
