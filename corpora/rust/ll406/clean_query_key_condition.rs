// A DynamoDB query by key condition only reads one item collection: no filter empties its page.
use aws_sdk_dynamodb::{types::AttributeValue, Client};
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(db: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let id = event.payload["order"].as_str().unwrap_or_default();
    let out = db
        .query()
        .table_name("orders")
        .key_condition_expression("PK = :pk")
        .expression_attribute_values(":pk", AttributeValue::S(id.into()))
        .send()
        .await?;
    let lines = sqlx_like_count(out.items().len());
    Ok(serde_json::json!({ "lines": lines }))
}

fn sqlx_like_count(n: usize) -> usize {
    n
}

static DB: tokio::sync::OnceCell<Client> = tokio::sync::OnceCell::const_new();

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(|event| async move {
        let db = DB.get_or_init(|| async { Client::new(&aws_config::load_from_env().await) }).await;
        function_handler(db, event).await
    }))
    .await
}
