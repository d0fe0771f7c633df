// The same chain, but the method the handler calls returns at once; the sleeping one is used only by
// the local command-line tool.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::Value;
use std::time::Duration;

struct Export {
    id: String,
}

impl Export {
    fn new(id: &str) -> Result<Export, Error> {
        Ok(Export { id: id.to_string() })
    }

    fn validated(self) -> Result<Export, Error> {
        if self.id.is_empty() { Err("empty id".into()) } else { Ok(self) }
    }

    fn status_url(&self) -> String {
        format!("https://exports.example.com/{}", self.id)
    }

    #[allow(dead_code)]
    async fn wait_ready(&self) -> Result<(), Error> {
        tokio::time::sleep(Duration::from_secs(8)).await;
        Ok(())
    }
}

async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let export = Export::new(event.payload["id"].as_str().unwrap_or_default())?.validated()?;
    Ok(serde_json::json!({ "status": export.status_url() }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handler)).await
}
