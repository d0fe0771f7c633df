// The type holds the client, built once in main; its method only uses it. A function's result
// (`open_store()`) is not taken for a type: `store.query()` is the library's method, not ours.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

struct Notifier {
    sns: aws_sdk_sns::Client,
}

impl Notifier {
    async fn new() -> Self {
        let config = aws_config::load_from_env().await;
        Self { sns: aws_sdk_sns::Client::new(&config) }
    }

    async fn notify(&self, message: &str) -> Result<(), Error> {
        self.sns.publish().topic_arn("arn:topic").message(message).send().await?;
        Ok(())
    }
}

fn open_store() -> Vec<String> {
    Vec::new()
}

fn query() {
    std::thread::sleep(std::time::Duration::from_millis(1));
}

async fn function_handler(notifier: &Notifier, event: LambdaEvent<Value>) -> Result<Value, Error> {
    notifier.notify("order received").await?;
    let store = open_store();
    let _ = store.query();
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    query();
    let notifier = Notifier::new().await;
    let notifier = &notifier;
    run(service_fn(move |event| async move { function_handler(notifier, event).await })).await
}
