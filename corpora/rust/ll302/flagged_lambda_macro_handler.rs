// lambda_runtime before 0.1: the handler is given to the `lambda!` macro.
extern crate lambda_runtime as lambda;

use lambda::{error::HandlerError, lambda, Context};
use rusoto_core::Region;
use rusoto_dynamodb::{DynamoDb, DynamoDbClient, GetItemInput};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    lambda!(lookup_handler);
    Ok(())
}

fn lookup_handler(event: serde_json::Value, _ctx: Context) -> Result<String, HandlerError> {
    let client = DynamoDbClient::new(Region::EuCentral1); // expect: LL302
    let input = GetItemInput { table_name: event["table"].to_string(), ..Default::default() };
    Ok(format!("{:?}", client.get_item(input).sync()))
}
