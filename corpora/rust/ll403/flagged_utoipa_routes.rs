// An OpenAPI axum app (utoipa-axum) served on Lambda: the functions `routes!` registers are handlers.
use lambda_http::{run, Error};
use utoipa_axum::{router::OpenApiRouter, routes};

#[utoipa::path(post, path = "/exports", responses((status = 202, body = String)))]
async fn start_export() -> String {
    std::thread::sleep(std::time::Duration::from_secs(3)); // expect: LL403
    "accepted".to_string()
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let (app, _openapi) = OpenApiRouter::new().routes(routes!(start_export)).split_for_parts();
    run(app).await
}
