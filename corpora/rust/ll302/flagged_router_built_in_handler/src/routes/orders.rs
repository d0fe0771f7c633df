use axum::extract::Path;

pub async fn show(Path(id): Path<String>) -> String {
    let config = aws_config::load_from_env().await; // expect: LL302
    let table = aws_sdk_dynamodb::Client::new(&config); // expect: LL302
    match table.get_item().table_name("orders").key("id", id.into()).send().await {
        Ok(found) => format!("{:?}", found.item()),
        Err(e) => e.to_string(),
    }
}
