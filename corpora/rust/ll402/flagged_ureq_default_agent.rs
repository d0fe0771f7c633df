// ureq sets no timeouts by default: the default agent's one-shot calls wait on a stalled server.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

fn fetch_calendar(url: &str) -> Result<String, ureq::Error> {
    let mut response = ureq::get(url).call()?; // expect: LL402
    response.body_mut().read_to_string()
}

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let url = event.payload["calendar"].as_str().unwrap_or_default().to_string();
    let calendar = tokio::task::spawn_blocking(move || fetch_calendar(&url)).await??;
    ureq::post("https://hooks.example.com/notify").send(calendar.as_str())?; // expect: LL402
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
