// The repository behind the trait object is built once, in main, and shared by every request.
use lambda_http::{run, service_fn, Body, Error, Request, Response};
use std::sync::Arc;

mod feed;
use feed::{HttpQuoteSource, QuoteSource};

struct PriceService {
    source: Arc<dyn QuoteSource>,
}

impl PriceService {
    async fn latest(&self, symbol: &str) -> Result<String, Error> {
        let raw = self.source.quote(symbol).await?;
        Ok(raw.trim().to_string())
    }
}

async fn handler(service: &PriceService, req: Request) -> Result<Response<Body>, Error> {
    let price = service.latest(req.uri().path()).await?;
    Ok(Response::new(Body::from(price)))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let service = PriceService { source: Arc::new(HttpQuoteSource::connect()?) };
    run(service_fn(|req| handler(&service, req))).await
}
