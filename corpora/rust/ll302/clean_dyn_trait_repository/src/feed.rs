use lambda_http::Error;

#[async_trait::async_trait]
pub trait QuoteSource: Send + Sync {
    async fn quote(&self, symbol: &str) -> Result<String, Error>;
}

pub struct HttpQuoteSource {
    http: reqwest::Client,
}

impl HttpQuoteSource {
    pub fn connect() -> Result<Self, Error> {
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(2))
            .build()?;
        Ok(HttpQuoteSource { http })
    }
}

#[async_trait::async_trait]
impl QuoteSource for HttpQuoteSource {
    async fn quote(&self, symbol: &str) -> Result<String, Error> {
        let url = format!("https://quotes.example.com/v1/{symbol}");
        Ok(self.http.get(url).send().await?.text().await?)
    }
}
