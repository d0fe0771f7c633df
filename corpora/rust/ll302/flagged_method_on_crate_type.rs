// A method of the crate's own type, called on a value its constructor built (also on a clone):
// the client the method builds is built on every invocation.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

#[derive(Clone)]
struct Notifier {
    topic: String,
}

impl Notifier {
    fn new(topic: String) -> Self {
        Self { topic }
    }

    async fn notify(&self, message: &str) -> Result<(), Error> {
        let config = aws_config::load_from_env().await; // expect: LL302
        let sns = aws_sdk_sns::Client::new(&config); // expect: LL302
        sns.publish().topic_arn(&self.topic).message(message).send().await?;
        Ok(())
    }
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let notifier = Notifier::new(std::env::var("TOPIC")?);
    let copy = notifier.clone();
    copy.notify("order received").await?;
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
