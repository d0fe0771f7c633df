// Connections and API clients other than the AWS SDK, opened for every event.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use object_store::aws::AmazonS3Builder;
use serde_json::{json, Value};

use inventory_proto::stock::v2::stock_client::StockClient;

async fn reserve(sku: &str) -> Result<u32, Error> {
    let mut stock = StockClient::connect("http://stock.internal:7000").await?; // expect: LL302
    let left = stock.reserve(sku.to_string()).await?;
    Ok(left)
}

async fn archive(bucket: &str, body: &[u8]) -> Result<(), Error> {
    let store = AmazonS3Builder::from_env() // expect: LL302
        .with_bucket_name(bucket)
        .build()?;
    store.put(&"archive/latest".into(), body.to_vec().into()).await?;
    Ok(())
}

async fn summarise(text: &str) -> Result<String, Error> {
    let ai = async_openai::Client::with_config(async_openai::config::OpenAIConfig::new()); // expect: LL302
    let out = ai.completions().create(text).await?;
    Ok(out)
}

async fn handle(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let sku = event.payload["sku"].as_str().unwrap_or_default();
    let left = reserve(sku).await?;
    archive("orders-archive", sku.as_bytes()).await?;
    let note = summarise(sku).await?;
    Ok(json!({ "left": left, "note": note }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handle)).await
}
