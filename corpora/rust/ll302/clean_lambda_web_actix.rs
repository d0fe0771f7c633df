// lambda_web with the SDK client built once in main and shared as app data: nothing per request.
use lambda_web::actix_web::{post, web, App, HttpResponse, Responder};
use lambda_web::{run_actix_on_lambda, LambdaError};

#[post("/orders")]
async fn create_order(sqs: web::Data<aws_sdk_sqs::Client>, body: web::Bytes) -> impl Responder {
    let _ = sqs.send_message().queue_url("q").message_body(format!("{body:?}")).send().await;
    HttpResponse::Ok().finish()
}

fn not_a_route() -> reqwest::Client {
    reqwest::Client::builder().timeout(std::time::Duration::from_secs(3)).build().unwrap()
}

#[actix_web::main]
async fn main() -> Result<(), LambdaError> {
    let config = aws_config::load_from_env().await;
    let sqs = web::Data::new(aws_sdk_sqs::Client::new(&config));
    let _http = not_a_route();
    run_actix_on_lambda(move || App::new().app_data(sqs.clone()).service(create_order)).await
}
