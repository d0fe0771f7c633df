use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn handler(pager: &alerts::notify::Pager, event: LambdaEvent<Value>) -> Result<(), Error> {
    pager.page(&event.payload.to_string()).await
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let pager = alerts::notify::Pager::new()?;
    run(service_fn(|event| handler(&pager, event))).await
}
