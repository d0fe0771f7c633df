use aws_sdk_s3::Client;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(client: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    client.list_buckets().send().await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let config = aws_config::load_from_env().await;
    let client = Client::new(&config);
    run(service_fn(|event: LambdaEvent<Value>| async {
        function_handler(&client, event).await
    }))
    .await
}
