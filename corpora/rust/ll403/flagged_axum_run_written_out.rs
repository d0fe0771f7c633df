// An axum app served by `lambda_http::run(app)` written out, with no `use lambda_http`: its routes
// are the handlers.
use axum::{routing::post, Json, Router};
use serde_json::{json, Value};

async fn retry_webhook(Json(body): Json<Value>) -> Json<Value> {
    std::thread::sleep(std::time::Duration::from_secs(2)); // expect: LL403
    Json(json!({ "queued": body["id"] }))
}

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    let app = Router::new().route("/webhooks/retry", post(retry_webhook));
    lambda_http::run(app).await
}
