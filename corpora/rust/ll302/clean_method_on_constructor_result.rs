// The constructor only wraps the client `main` built; the method called on its result in one chain
// uses that client.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;

struct Broadcaster<'a> {
    api: &'a aws_sdk_apigatewaymanagement::Client,
}

impl<'a> Broadcaster<'a> {
    fn with(api: &'a aws_sdk_apigatewaymanagement::Client) -> Self {
        Self { api }
    }

    async fn push(self, connection: &str, body: &str) -> Result<(), Error> {
        self.api.post_to_connection().connection_id(connection).data(body.as_bytes().to_vec().into()).send().await?;
        Ok(())
    }
}

async fn relay(api: &aws_sdk_apigatewaymanagement::Client, event: LambdaEvent<Value>) -> Result<(), Error> {
    let to = event.payload["connectionId"].as_str().unwrap_or_default();
    Broadcaster::with(api).push(to, "ping").await
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let base = aws_config::load_from_env().await;
    let conf = aws_sdk_apigatewaymanagement::config::Builder::from(&base).endpoint_url("https://ws.example.net/live").build();
    let api = aws_sdk_apigatewaymanagement::Client::from_conf(conf);
    run(service_fn(|event| relay(&api, event))).await
}
