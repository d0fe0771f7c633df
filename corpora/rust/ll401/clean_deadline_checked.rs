use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use aws_sdk_sqs::Client;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

async fn function_handler(sqs: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let deadline_ms = event.context.deadline;
    loop {
        let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_millis() as u64;
        if now + 2000 > deadline_ms {
            break;
        }
        let out = sqs.receive_message().queue_url("q").send().await?;
        if out.messages().is_empty() {
            break;
        }
    }
    let _ = Duration::from_secs(1);
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let sqs = Client::new(&aws_config::load_from_env().await);
    run(service_fn(|event| function_handler(&sqs, event))).await
}
