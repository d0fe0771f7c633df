use axum::Json;

pub async fn list_books() -> Json<Vec<String>> {
    let config = aws_config::load_from_env().await; // expect: LL302
    let db = aws_sdk_dynamodb::Client::new(&config); // expect: LL302
    let out = db.get_item().table_name("books").send().await.ok();
    Json(vec![format!("{out:?}")])
}
