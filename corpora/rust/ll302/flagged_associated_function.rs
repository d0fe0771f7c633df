// Associated functions (no `self`) of the crate's own types, called by their type's path: the
// clients they build are built on every invocation that calls them.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::{json, Value};

struct SigningKeys;

impl SigningKeys {
    async fn download(issuer: &str) -> Result<String, Error> {
        let http = reqwest::Client::builder() // expect: LL302
            .timeout(std::time::Duration::from_secs(3))
            .build()?;
        Ok(http.get(format!("{issuer}/.well-known/keys")).send().await?.text().await?)
    }

    async fn verify(token: &str) -> Result<bool, Error> {
        let keys = Self::download("https://issuer.example.net").await?;
        Ok(keys.contains(token))
    }
}

struct AuditLog;

impl AuditLog {
    async fn record(entry: &str) -> Result<(), Error> {
        let shared = aws_config::load_from_env().await; // expect: LL302
        let ddb = aws_sdk_dynamodb::Client::new(&shared); // expect: LL302
        ddb.put_item().table_name("audit").item("entry", aws_sdk_dynamodb::types::AttributeValue::S(entry.into())).send().await?;
        Ok(())
    }
}

async fn authorize(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let token = event.payload["token"].as_str().unwrap_or_default();
    let ok = SigningKeys::verify(token).await?;
    AuditLog::record(token).await?;
    Ok(json!({ "allowed": ok }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(authorize)).await
}
