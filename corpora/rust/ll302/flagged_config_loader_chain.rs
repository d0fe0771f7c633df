use aws_config::BehaviorVersion;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let config = aws_config::defaults(BehaviorVersion::latest()).region("eu-west-1").load().await; // expect: LL302
    let sqs = aws_sdk_sqs::Client::from_conf(aws_sdk_sqs::config::Builder::from(&config).build()); // expect: LL302
    sqs.send_message().queue_url("q").message_body("m").send().await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
