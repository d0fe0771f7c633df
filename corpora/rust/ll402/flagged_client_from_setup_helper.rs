// The client is built by a setup helper `main` calls, then shared with every invocation.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::{json, Value};

fn make_quote_client() -> reqwest::Client {
    reqwest::Client::new() // expect: LL402
}

async fn quote(http: &reqwest::Client, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let symbol = event.payload["symbol"].as_str().unwrap_or("ACME");
    let price = http.get(format!("https://quotes.example.org/{symbol}")).send().await?.text().await?;
    Ok(json!({ "symbol": symbol, "price": price }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let http = make_quote_client();
    run(service_fn(|event| quote(&http, event))).await
}
