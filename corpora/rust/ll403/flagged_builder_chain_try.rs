// A value built by a constructor and a checking step, both returning Result: the method called on
// it later sleeps while waiting for the remote side.
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

    async fn wait_ready(&self) -> Result<(), Error> {
        tokio::time::sleep(Duration::from_secs(8)).await; // expect: LL403
        Ok(())
    }
}

async fn handler(event: LambdaEvent<Value>) -> Result<Value, Error> {
    let export = Export::new(event.payload["id"].as_str().unwrap_or_default())?.validated()?;
    export.wait_ready().await?;
    Ok(serde_json::json!({ "id": export.id }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    run(service_fn(handler)).await
}
