use lambda_runtime::Error;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

pub trait AssetStore: Send + Sync {
    fn fetch(&self, id: &str) -> Pin<Box<dyn Future<Output = Result<Vec<u8>, Error>> + Send>>;
}

pub struct RemoteAssets {
    base: String,
    http: reqwest::Client,
}

impl RemoteAssets {
    pub fn new(base: &str) -> Result<Self, Error> {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(5)).build()?;
        Ok(RemoteAssets { base: base.to_string(), http })
    }
}

impl AssetStore for RemoteAssets {
    fn fetch(&self, id: &str) -> Pin<Box<dyn Future<Output = Result<Vec<u8>, Error>> + Send>> {
        let request = self.http.get(format!("{}/{}", self.base, id));
        Box::pin(async move { Ok(request.send().await?.bytes().await?.to_vec()) })
    }
}
