use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(|event: LambdaEvent<Value>| async move {
        let h = std::thread::spawn(|| 1); // expect: LL101
        let _ = h.join();
        Ok::<Value, Error>(event.payload)
    }))
    .await
}
