use async_trait::async_trait;

#[async_trait]
pub trait Gate: Send + Sync {
    async fn admit(&self, token: &str) -> Result<bool, reqwest::Error>;
}

pub struct KeyGate {
    http: reqwest::Client,
}

impl Default for KeyGate {
    fn default() -> Self {
        let http = reqwest::Client::builder().timeout(std::time::Duration::from_secs(2)).build().unwrap_or_default();
        Self { http }
    }
}

#[async_trait]
impl Gate for KeyGate {
    async fn admit(&self, token: &str) -> Result<bool, reqwest::Error> {
        let keys = self.http.get("https://auth.example.net/keys").send().await?.text().await?;
        Ok(keys.contains(token))
    }
}
