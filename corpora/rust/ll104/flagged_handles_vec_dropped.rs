// JoinHandles collected in a Vec that is only counted, never awaited: the tasks outlive the response.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let mut handles = Vec::new();
    for i in 0..3 {
        let handle = tokio::spawn(async move { i * 2 }); // expect: LL104
        handles.push(handle);
    }
    let mut pending = Vec::new();
    pending.push(tokio::spawn(async { 1 })); // expect: LL104
    for h in pending.iter() {
        println!("{}", h.is_finished());
    }
    Ok(serde_json::json!({ "started": handles.len(), "event": event.payload }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
