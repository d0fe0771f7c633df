use std::time::Duration;

pub async fn page(text: &str) -> Result<(), lambda_runtime::Error> {
    let http = reqwest::Client::builder().timeout(Duration::from_secs(3)).build()?; // expect: LL302
    http.post("https://pager.example.com/v2/events").body(text.to_string()).send().await?;
    Ok(())
}
