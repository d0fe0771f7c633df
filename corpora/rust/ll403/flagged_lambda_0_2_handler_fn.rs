// The runtime crate was called `lambda` before lambda_runtime: `lambda::run(handler_fn(func))`.
use lambda::{handler_fn, Context};
use serde_json::Value;

type Error = Box<dyn std::error::Error + Send + Sync + 'static>;

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda::run(handler_fn(func)).await?;
    Ok(())
}

async fn func(event: Value, _: Context) -> Result<Value, Error> {
    std::thread::sleep(std::time::Duration::from_secs(1)); // expect: LL403
    Ok(event)
}
