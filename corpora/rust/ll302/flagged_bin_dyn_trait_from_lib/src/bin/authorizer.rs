// The binary holds the service behind the library's trait; the handler calls it through `&dyn`.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::{json, Value};
use token_gate::gate::{Gate, KeyGate};

async fn handler(gate: &dyn Gate, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let token = event.payload["authorizationToken"].as_str().unwrap_or_default();
    let allow = gate.admit(token).await?;
    Ok(json!({ "allow": allow }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let gate = KeyGate::default();
    run(service_fn(|event| handler(&gate, event))).await
}
