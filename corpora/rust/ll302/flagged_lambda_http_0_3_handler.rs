// lambda_http before 0.4 wrapped the handler with `handler(func)`, run by lambda_runtime::run.
use lambda_http::{handler, lambda_runtime::{self, Context, Error}, Request, IntoResponse};

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::run(handler(func)).await?;
    Ok(())
}

async fn func(event: Request, _: Context) -> Result<impl IntoResponse, Error> {
    let config = aws_config::load_from_env().await; // expect: LL302
    let client = aws_sdk_dynamodb::Client::new(&config); // expect: LL302
    Ok("ok")
}
