pub async fn make_client() -> aws_sdk_dynamodb::Client {
    let config = aws_config::load_from_env().await;
    aws_sdk_dynamodb::Client::new(&config)
}

pub async fn fetch_quote(client: &aws_sdk_dynamodb::Client, id: &str) -> Result<String, aws_sdk_dynamodb::Error> {
    let out = client.get_item().table_name("quotes").key("id", id.into()).send().await?;
    Ok(format!("{:?}", out.item()))
}
