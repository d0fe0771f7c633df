use aws_sdk_s3::Client;
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(client: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let mut token: Option<String> = None;
    let mut n = 0;
    loop {
        let out = client.list_objects_v2().bucket("b").set_continuation_token(token.take()).send().await?;
        n += out.contents().len();
        match out.next_continuation_token() {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
        if event.context.deadline < 1 {
            break;
        }
    }
    Ok(Value::from(n))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let client = Client::new(&aws_config::load_from_env().await);
    run(service_fn(|event| function_handler(&client, event))).await
}
