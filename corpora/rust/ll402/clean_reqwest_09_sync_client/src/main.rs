// reqwest 0.9: `reqwest::Client` is the synchronous client, whose requests time out after 30 s by
// default, so building it without `.timeout(…)` is not an unbounded wait.
#[macro_use]
extern crate lambda_runtime as lambda;

use lambda::error::HandlerError;
use serde_json::Value;
use std::io::Read;

fn fetch(client: &reqwest::Client, url: &str) -> Result<Vec<u8>, HandlerError> {
    let mut body = Vec::new();
    let mut resp = client.get(url).send().map_err(|_| HandlerError::from("fetch"))?;
    resp.read_to_end(&mut body).map_err(|_| HandlerError::from("read"))?;
    Ok(body)
}

fn main() {
    let client = reqwest::Client::new();
    lambda!(move |event: Value, _ctx: lambda::Context| {
        let bytes = fetch(&client, event["source"].as_str().unwrap_or_default())?;
        Ok(serde_json::json!({ "size": bytes.len() }))
    });
}
