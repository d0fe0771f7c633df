use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use rayon::prelude::*;
use serde_json::Value;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(4).build()?; // expect: LL101
    let sum: u64 = pool.install(|| (0..1_000u64).into_par_iter().sum());
    Ok(Value::from(sum))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
