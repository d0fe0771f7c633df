// Paginated operations beyond the usual scan / list_objects_v2, each read as if one page were all.
use lambda_runtime::{run, service_fn, Error, LambdaEvent};
use serde_json::{json, Value};

struct Clients {
    sfn: aws_sdk_sfn::Client,
    apigw: aws_sdk_apigateway::Client,
    glue: aws_sdk_glue::Client,
}

async fn find_run(c: &Clients, machine: &str, name: &str) -> Result<bool, Error> {
    let runs = c.sfn.list_executions().state_machine_arn(machine).send().await?; // expect: LL406
    Ok(runs.executions().iter().any(|e| e.name() == name))
}

async fn inventory(c: &Clients) -> Result<Value, Error> {
    let machines = c.sfn.list_state_machines().send().await?; // expect: LL406
    let request = c.apigw.get_rest_apis();
    let apis = request.send().await?; // expect: LL406
    let crawlers = c.glue.get_crawlers().send().await?; // expect: LL406
    Ok(json!({
        "machines": machines.state_machines().len(),
        "apis": apis.items().len(),
        "crawlers": crawlers.crawlers().len(),
    }))
}

async fn handle(c: &Clients, event: LambdaEvent<Value>) -> Result<Value, Error> {
    let machine = event.payload["machine"].as_str().unwrap_or_default();
    let found = find_run(c, machine, "nightly").await?;
    let all = inventory(c).await?;
    Ok(json!({ "found": found, "all": all }))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let config = aws_config::load_from_env().await;
    let clients = Clients {
        sfn: aws_sdk_sfn::Client::new(&config),
        apigw: aws_sdk_apigateway::Client::new(&config),
        glue: aws_sdk_glue::Client::new(&config),
    };
    run(service_fn(|event| handle(&clients, event))).await
}
