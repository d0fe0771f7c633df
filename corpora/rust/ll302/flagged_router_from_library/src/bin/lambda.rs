// The Lambda binary serves the library's Router with lambda_http: every route runs per request.
use books_api::create_app;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let app = create_app();
    lambda_http::run(app).await
}
