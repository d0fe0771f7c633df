// The app runs locally or on Lambda; the Lambda start, with its own `use`, sits in a block behind a
// cargo feature. The routes are handlers all the same.
use axum::{routing::get, Router};

async fn slow_report() -> String {
    std::thread::sleep(std::time::Duration::from_millis(500)); // expect: LL403
    "done".to_string()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let app = Router::new().route("/report", get(slow_report));
    #[cfg(feature = "lambda")]
    {
        use lambda_http::{lambda_runtime::Runtime, Adapter};
        Runtime::new(Adapter::from(app)).run().await?;
    }
    #[cfg(not(feature = "lambda"))]
    {
        let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;
        axum::serve(listener, app).await?;
    }
    Ok(())
}
