// A trait written without async_trait: the methods return boxed futures.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::{json, Value};
use std::sync::Arc;

mod assets;

struct Ctx {
    assets: Arc<dyn assets::AssetStore>,
}

async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let ctx = Ctx { assets: Arc::new(assets::RemoteAssets { base: "https://cdn.example.com".into() }) };
    let id = event.payload["id"].as_str().unwrap_or("logo");
    let bytes = ctx.assets.fetch(id).await?;
    Ok(json!({ "size": bytes.len() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handler)).await
}
