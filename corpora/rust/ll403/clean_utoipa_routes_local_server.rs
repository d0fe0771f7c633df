// The same kind of OpenAPI axum app, served by a local listener: no Lambda runtime, no handler.
use utoipa_axum::{router::OpenApiRouter, routes};

#[utoipa::path(post, path = "/exports", responses((status = 202, body = String)))]
async fn start_export() -> String {
    std::thread::sleep(std::time::Duration::from_secs(3));
    "accepted".to_string()
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let (app, _openapi) = OpenApiRouter::new().routes(routes!(start_export)).split_for_parts();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:8000").await?;
    axum::serve(listener, app).await
}
