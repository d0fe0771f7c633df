use books_api_clean::create_app;
use lambda_http::{run, Error};

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(create_app().await).await
}
