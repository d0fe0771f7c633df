mod entries;

use lambda_runtime::{service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn record(event: LambdaEvent<Value>) -> Result<(), Error> {
    let book = entries::Book::open().await;
    book.append(event.payload.to_string()).await?;
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::run(service_fn(record)).await
}
