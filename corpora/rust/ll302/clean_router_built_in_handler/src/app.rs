static ROUTER: tokio::sync::OnceCell<axum::Router> = tokio::sync::OnceCell::const_new();

pub async fn router() -> &'static axum::Router {
    ROUTER
        .get_or_init(|| async {
            // the client is made with the Router, once per execution environment
            let config = aws_config::load_from_env().await;
            let table = aws_sdk_dynamodb::Client::new(&config);
            axum::Router::new()
                .route("/orders/{id}", axum::routing::get(crate::routes::orders::show))
                .with_state(table)
        })
        .await
}
