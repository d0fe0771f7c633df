use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

static mut INVOCATIONS: u64 = 0;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    unsafe {
        INVOCATIONS += 1; // expect: LL202
        if INVOCATIONS % 10 == 0 {
            return Ok(Value::from("sampled"));
        }
    }
    Ok(event.payload)
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
