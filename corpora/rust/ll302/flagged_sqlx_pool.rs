use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use sqlx::postgres::PgPoolOptions;

async fn function_handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let pool = PgPoolOptions::new().max_connections(1).connect(&std::env::var("DATABASE_URL")?).await?; // expect: LL302
    let row: (i64,) = sqlx::query_as("SELECT count(*) FROM orders").fetch_one(&pool).await?;
    Ok(Value::from(row.0))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(function_handler)).await
}
