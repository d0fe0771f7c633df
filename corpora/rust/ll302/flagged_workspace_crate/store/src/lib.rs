mod db;

pub async fn save(order: &str) -> Result<(), sqlx::Error> {
    db::insert(order).await
}
