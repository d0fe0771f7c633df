// The store keeps one client with a timeout, made when the environment starts.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::{json, Value};
use std::sync::Arc;

mod assets;

async fn handler(store: Arc<dyn assets::AssetStore>, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let id = event.payload["id"].as_str().unwrap_or("logo");
    let bytes = store.fetch(id).await?;
    Ok(json!({ "size": bytes.len() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let store: Arc<dyn assets::AssetStore> = Arc::new(assets::RemoteAssets::new("https://cdn.example.com")?);
    run(service_fn(|event| handler(store.clone(), event))).await
}
