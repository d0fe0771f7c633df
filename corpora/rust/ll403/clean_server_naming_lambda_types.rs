// A plain axum server that only borrows lambda_http's error type: nothing starts a Lambda runtime,
// so its routes are not handlers.
use axum::{routing::get, Router};

async fn warmup() -> String {
    std::thread::sleep(std::time::Duration::from_millis(200));
    "warm".to_string()
}

fn to_lambda_error(e: std::io::Error) -> lambda_http::Error {
    Box::new(e)
}

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let app = Router::new().route("/warmup", get(warmup));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.map_err(to_lambda_error)?;
    axum::serve(listener, app).await.map_err(to_lambda_error)?;
    Ok(())
}
