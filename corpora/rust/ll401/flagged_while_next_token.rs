use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use aws_sdk_s3::Client;

async fn list_all(s3: &Client) -> Result<usize, Error> {
    let mut token: Option<String> = None;
    let mut count = 0;
    while let Some(out) = Some(s3.list_objects_v2().bucket("b").set_continuation_token(token.clone()).send().await?) { // expect: LL401
        count += out.contents().len();
        token = out.next_continuation_token().map(|t| t.to_string());
        if token.is_none() {
            break;
        }
    }
    Ok(count)
}

async fn function_handler(s3: &Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let n = list_all(s3).await?;
    Ok(Value::from(n))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let s3 = Client::new(&aws_config::load_from_env().await);
    run(service_fn(|event| function_handler(&s3, event))).await
}
