// A method called straight on what the type's constructor returns, in one chain: the client the
// method builds is built on every invocation.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

struct Broadcaster {
    endpoint: String,
}

impl Broadcaster {
    async fn open(endpoint: &str) -> Result<Self, Error> {
        Ok(Self { endpoint: endpoint.to_string() })
    }

    async fn push(self, connection: &str, body: &str) -> Result<(), Error> {
        let base = aws_config::load_from_env().await; // expect: LL302
        let conf = aws_sdk_apigatewaymanagement::config::Builder::from(&base).endpoint_url(&self.endpoint).build();
        let api = aws_sdk_apigatewaymanagement::Client::from_conf(conf); // expect: LL302
        api.post_to_connection().connection_id(connection).data(body.as_bytes().to_vec().into()).send().await?;
        Ok(())
    }
}

async fn relay(event: LambdaEvent<Value>) -> Result<(), Error> {
    let to = event.payload["connectionId"].as_str().unwrap_or_default();
    Broadcaster::open("https://ws.example.net/live").await?.push(to, "ping").await
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(relay)).await
}
