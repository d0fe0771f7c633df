use aws_sdk_s3::Client;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(client: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let listing = client // expect: LL406
        .list_objects_v2()
        .bucket("uploads")
        .prefix("incoming/")
        .send()
        .await?;
    let keys: Vec<String> = listing.contents().iter().filter_map(|o| o.key().map(String::from)).collect();
    Ok(Value::from(keys))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::new(&aws_config::load_from_env().await);
    run(service_fn(|event| function_handler(&client, event))).await
}
