mod entries;

use lambda_runtime::{service_fn, Error, LambdaEvent};
use serde_json::Value;

async fn record(book: &entries::Book, event: LambdaEvent<Value>) -> Result<(), Error> {
    book.append(event.payload.to_string()).await?;
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let book = entries::Book::open().await;
    lambda_runtime::run(service_fn(|event| record(&book, event))).await
}
