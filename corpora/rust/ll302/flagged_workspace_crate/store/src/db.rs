pub async fn insert(order: &str) -> Result<(), sqlx::Error> {
    let pool = sqlx::PgPool::connect(&std::env::var("DATABASE_URL").unwrap()).await?; // expect: LL302
    sqlx::query("INSERT INTO orders (body) VALUES ($1)").bind(order).execute(&pool).await?;
    Ok(())
}
