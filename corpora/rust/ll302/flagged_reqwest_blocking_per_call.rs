// A synchronous reqwest client built for every request: its connection pool (and the thread that
// drives it) is thrown away after each call.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

fn post_status(repo: &str, sha: &str, state: &str) -> Result<(), Error> {
    let client = reqwest::blocking::Client::builder() // expect: LL302
        .user_agent("status-bot")
        .build()?;
    client
        .post(format!("https://api.github.com/repos/{}/statuses/{}", repo, sha))
        .json(&serde_json::json!({ "state": state }))
        .send()?;
    Ok(())
}

fn fetch_config(url: &str) -> Result<String, Error> {
    Ok(reqwest::blocking::get(url)?.text()?) // expect: LL302
}

async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let repo = event.payload["repo"].as_str().unwrap_or_default().to_string();
    let sha = event.payload["sha"].as_str().unwrap_or_default().to_string();
    let config = fetch_config("https://config.example.com/bot.json")?;
    post_status(&repo, &sha, if config.is_empty() { "error" } else { "success" })?;
    Ok(Value::Null)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handler)).await
}
