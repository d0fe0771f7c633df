use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use aws_sdk_dynamodb::Client;

async fn function_handler(db: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let items: Result<Vec<_>, _> = db.scan().table_name("t").into_paginator().items().send().collect().await;
    Ok(Value::from(items?.len()))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let db = Client::new(&aws_config::load_from_env().await);
    run(service_fn(|event| function_handler(&db, event))).await
}
