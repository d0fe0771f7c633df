// A ureq agent configured with a global timeout, built once in main and shared with the handler.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::time::Duration;
use ureq::Agent;

async fn function_handler(agent: &Agent, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let url = event.payload["calendar"].as_str().unwrap_or_default();
    let body = agent.get(url).call()?.body_mut().read_to_string()?;
    Ok(serde_json::json!({ "calendar": body }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let agent: Agent = Agent::config_builder().timeout_global(Some(Duration::from_secs(5))).build().into();
    let agent = &agent;
    run(service_fn(move |event| async move { function_handler(agent, event).await })).await
}
