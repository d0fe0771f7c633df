// The associated function that builds the clients runs once, in `main`; the one the handler calls
// only uses what it is given. A path to another crate's type is not the crate's own function.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::{json, Value};

struct Clients {
    http: reqwest::Client,
    ddb: aws_sdk_dynamodb::Client,
}

impl Clients {
    async fn connect() -> Result<Self, Error> {
        let shared = aws_config::load_from_env().await;
        let http = reqwest::Client::builder().timeout(std::time::Duration::from_secs(3)).build()?;
        Ok(Self { http, ddb: aws_sdk_dynamodb::Client::new(&shared) })
    }

    async fn lookup(clients: &Clients, key: &str) -> Result<String, Error> {
        let body = clients.http.get(format!("https://catalog.example.net/{key}")).send().await?.text().await?;
        clients.ddb.get_item().table_name("catalog").send().await?;
        Ok(body)
    }
}

async fn find(clients: &Clients, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let key = event.payload["sku"].as_str().unwrap_or_default();
    let stamp = chrono::Utc::now();
    Ok(json!({ "item": Clients::lookup(clients, key).await?, "at": stamp.to_rfc3339() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let clients = Clients::connect().await?;
    run(service_fn(|event| find(&clients, event))).await
}
