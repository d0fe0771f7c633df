use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(http: &reqwest::Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let mut attempt = 0;
    while attempt < 50 { // expect: LL401
        if http.get("https://api.example.com").send().await.is_ok() {
            break;
        }
        attempt += 1;
        std::thread::sleep(std::time::Duration::from_millis(200)); // expect: LL403
    }
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let http = reqwest::Client::builder().timeout(std::time::Duration::from_secs(2)).build()?;
    run(service_fn(|event| function_handler(&http, event))).await
}
