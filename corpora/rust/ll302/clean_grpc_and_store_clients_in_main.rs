// The same three clients, opened once in main and lent to every invocation.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use object_store::aws::AmazonS3Builder;
use object_store::ObjectStore;
use serde_json::{json, Value};

use inventory_proto::stock::v2::stock_client::StockClient;

struct Deps {
    stock: StockClient<tonic::transport::Channel>,
    store: Box<dyn ObjectStore>,
    ai: async_openai::Client<async_openai::config::OpenAIConfig>,
}

async fn handle(deps: &Deps, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let sku = event.payload["sku"].as_str().unwrap_or_default();
    let left = deps.stock.clone().reserve(sku.to_string()).await?;
    deps.store.put(&"archive/latest".into(), sku.as_bytes().to_vec().into()).await?;
    let note = deps.ai.completions().create(sku).await?;
    Ok(json!({ "left": left, "note": note }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let deps = Deps {
        stock: StockClient::connect("http://stock.internal:7000").await?,
        store: Box::new(AmazonS3Builder::from_env().with_bucket_name("orders-archive").build()?),
        ai: async_openai::Client::with_config(async_openai::config::OpenAIConfig::new()),
    };
    run(service_fn(|event| handle(&deps, event))).await
}
