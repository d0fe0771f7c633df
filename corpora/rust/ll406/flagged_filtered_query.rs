// A filtered DynamoDB query: the filter runs after a 1 MB page is read, so the first page can
// hold far fewer matches than exist (or none), and nothing asks for the next.
use aws_sdk_dynamodb::{types::AttributeValue, Client};
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(db: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let category = event.payload["category"].as_str().unwrap_or_default();
    let out = db // expect: LL406
        .query()
        .table_name("books")
        .key_condition_expression("PK = :pk")
        .filter_expression("contains(SK, :category)")
        .expression_attribute_values(":pk", AttributeValue::S("book".into()))
        .expression_attribute_values(":category", AttributeValue::S(category.into()))
        .send()
        .await?;
    Ok(serde_json::json!({ "count": out.items().len() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let config = aws_config::load_from_env().await;
    let db = Client::new(&config);
    let db = &db;
    run(service_fn(move |event| async move { function_handler(db, event).await })).await
}
