// The Router's state holds the client, built once by create_app (called from main).
use axum::{extract::State, routing::get, Json, Router};

#[derive(Clone)]
pub struct AppState {
    db: aws_sdk_dynamodb::Client,
}

pub async fn create_app() -> Router {
    let config = aws_config::load_from_env().await;
    let state = AppState { db: aws_sdk_dynamodb::Client::new(&config) };
    Router::new().route("/books", get(list_books)).with_state(state)
}

async fn list_books(State(state): State<AppState>) -> Json<Vec<String>> {
    let out = state.db.get_item().table_name("books").send().await.ok();
    Json(vec![format!("{out:?}")])
}
