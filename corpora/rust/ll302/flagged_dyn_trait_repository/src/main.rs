// A layered handler: the service holds its repository as a trait object.
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

async fn handler(req: Request) -> Result<Response<Body>, Error> {
    let service = PriceService { source: Arc::new(HttpQuoteSource) };
    let price = service.latest(req.uri().path()).await?;
    Ok(Response::new(Body::from(price)))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handler)).await
}
