use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use rusoto_core::Region;
use rusoto_dynamodb::{DynamoDb, DynamoDbClient, GetItemInput};
use serde_json::Value;

// rusoto (the SDK before aws-sdk-rust): the client is built, and its TLS set up, on every call.
async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let client = DynamoDbClient::new(Region::EuWest1); // expect: LL302
    let input = GetItemInput { table_name: "orders".into(), ..Default::default() };
    client.get_item(input).await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
