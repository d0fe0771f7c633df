static ROUTER: tokio::sync::OnceCell<axum::Router> = tokio::sync::OnceCell::const_new();

pub async fn router() -> &'static axum::Router {
    ROUTER
        .get_or_init(|| async {
            axum::Router::new().route("/orders/{id}", axum::routing::get(crate::routes::orders::show))
        })
        .await
}
