// The library builds its axum Router once (a OnceCell) and every request is routed through it.
pub mod app;
pub mod routes;

pub async fn serve(req: lambda_http::Request) -> Result<axum::response::Response, lambda_http::Error> {
    let router = crate::app::router().await;
    Ok(tower::ServiceExt::oneshot(router.clone(), req).await?)
}
