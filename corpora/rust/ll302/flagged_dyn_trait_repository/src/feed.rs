use lambda_http::Error;

#[async_trait::async_trait]
pub trait QuoteSource: Send + Sync {
    async fn quote(&self, symbol: &str) -> Result<String, Error>;
}

pub struct HttpQuoteSource;

#[async_trait::async_trait]
impl QuoteSource for HttpQuoteSource {
    async fn quote(&self, symbol: &str) -> Result<String, Error> {
        // a new connection pool for every quote
        let http = reqwest::Client::builder() // expect: LL302
            .timeout(std::time::Duration::from_secs(2))
            .build()?;
        let url = format!("https://quotes.example.com/v1/{symbol}");
        Ok(http.get(url).send().await?.text().await?)
    }
}
