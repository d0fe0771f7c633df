use aws_sdk_sqs::Client;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use tokio::sync::OnceCell;

static SQS: OnceCell<Client> = OnceCell::const_new();

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let sqs = SQS
        .get_or_init(|| async {
            let config = aws_config::load_from_env().await;
            Client::new(&config)
        })
        .await;
    sqs.send_message().queue_url("q").message_body("m").send().await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
