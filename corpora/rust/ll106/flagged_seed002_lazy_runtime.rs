// Seed 002 (GymCoach): a Lazy static whose initialiser starts a runtime, first forced in the handler.
use aws_sdk_dynamodb::Client;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use once_cell::sync::Lazy;
use serde_json::{json, Value};
use tokio::runtime::Runtime;

// Global client initialization for cold start optimization
static DYNAMODB_CLIENT: Lazy<Client> = Lazy::new(|| {
    let rt = Runtime::new().expect("Failed to create runtime");
    rt.block_on(async { // expect: LL106
        let config = aws_config::load_from_env().await;
        Client::new(&config)
    })
});

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let user_id = event.payload["userId"].as_str().unwrap_or_default().to_string();
    let result = DYNAMODB_CLIENT
        .get_item()
        .table_name("workouts")
        .key("userId", aws_sdk_dynamodb::types::AttributeValue::S(user_id))
        .send()
        .await?;
    Ok(json!({ "found": result.item().is_some() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
