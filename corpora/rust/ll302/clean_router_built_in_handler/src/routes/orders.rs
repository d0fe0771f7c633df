use axum::extract::{Path, State};

pub async fn show(State(table): State<aws_sdk_dynamodb::Client>, Path(id): Path<String>) -> String {
    match table.get_item().table_name("orders").key("id", id.into()).send().await {
        Ok(found) => format!("{:?}", found.item()),
        Err(e) => e.to_string(),
    }
}
