use async_trait::async_trait;

#[async_trait]
pub trait Gate: Send + Sync {
    async fn admit(&self, token: &str) -> Result<bool, reqwest::Error>;
}

#[derive(Default)]
pub struct KeyGate;

#[async_trait]
impl Gate for KeyGate {
    async fn admit(&self, token: &str) -> Result<bool, reqwest::Error> {
        let keys = reqwest::Client::builder() // expect: LL302
            .timeout(std::time::Duration::from_secs(2))
            .build()?
            .get("https://auth.example.net/keys")
            .send()
            .await?
            .text()
            .await?;
        Ok(keys.contains(token))
    }
}
