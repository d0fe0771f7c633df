use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let mut total = 0;
    if let Some(records) = event.payload["Records"].as_array() {
        for record in records {
            total += record["body"].as_str().map(|b| b.len()).unwrap_or(0);
        }
    }
    Ok(Value::from(total))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
