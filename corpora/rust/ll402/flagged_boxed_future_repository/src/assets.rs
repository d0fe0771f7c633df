use lambda_runtime::Error;
use std::future::Future;
use std::pin::Pin;

pub trait AssetStore: Send + Sync {
    fn fetch(&self, id: &str) -> Pin<Box<dyn Future<Output = Result<Vec<u8>, Error>> + Send>>;
}

pub struct RemoteAssets {
    pub base: String,
}

impl AssetStore for RemoteAssets {
    fn fetch(&self, id: &str) -> Pin<Box<dyn Future<Output = Result<Vec<u8>, Error>> + Send>> {
        let url = format!("{}/{}", self.base, id);
        Box::pin(async move {
            let resp = reqwest::get(url).await?; // expect: LL402, LL302
            Ok(resp.bytes().await?.to_vec())
        })
    }
}
