use aws_sdk_dynamodb::Client;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(client: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let out = client.scan().table_name("orders").send().await?; // expect: LL406
    Ok(Value::from(out.items().len()))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::new(&aws_config::load_from_env().await);
    run(service_fn(|event| function_handler(&client, event))).await
}
