// lambda_runtime before 0.1 with the client in a lazy static: built once per environment.
#[macro_use]
extern crate lambda_runtime as lambda;
#[macro_use]
extern crate lazy_static;

use lambda::error::HandlerError;
use rusoto_core::Region;
use rusoto_dynamodb::{DynamoDb, DynamoDbClient, GetItemInput};

lazy_static! {
    static ref CLIENT: DynamoDbClient = DynamoDbClient::new(Region::EuCentral1);
}

fn main() {
    lambda!(lookup_handler);
}

fn lookup_handler(event: serde_json::Value, _ctx: lambda::Context) -> Result<String, HandlerError> {
    let input = GetItemInput { table_name: event["table"].to_string(), ..Default::default() };
    Ok(format!("{:?}", CLIENT.get_item(input).sync()))
}
