// The library builds the axum Router; it does not know it will run on Lambda.
mod routes;

use axum::{routing::get, Router};
use routes::books::list_books;

pub fn create_app() -> Router {
    Router::new().route("/health", get(health)).route("/books", get(list_books))
}

async fn health() -> &'static str {
    "ok"
}
