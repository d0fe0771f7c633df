use aws_sdk_dynamodb::Client;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(client: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let items: Result<Vec<_>, _> = client.scan().table_name("orders").into_paginator().items().send().collect().await;
    Ok(Value::from(items?.len()))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::new(&aws_config::load_from_env().await);
    run(service_fn(|event| function_handler(&client, event))).await
}
