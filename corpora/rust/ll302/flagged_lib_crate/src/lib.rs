pub mod quotes;

pub async fn count_quotes() -> Result<usize, aws_sdk_dynamodb::Error> {
    let config = aws_config::load_from_env().await; // expect: LL302
    let client = aws_sdk_dynamodb::Client::new(&config); // expect: LL302
    let out = client.describe_table().table_name("quotes").send().await?;
    Ok(out.table().and_then(|t| t.item_count()).unwrap_or(0) as usize)
}
