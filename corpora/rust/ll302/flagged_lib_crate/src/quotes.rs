pub async fn fetch_quote(id: &str) -> Result<String, reqwest::Error> {
    let http = reqwest::Client::builder() // expect: LL302, LL402
        .build()?;
    http.get(format!("https://quotes.example.com/{id}")).send().await?.text().await
}
