// An actix-web app served on Lambda by lambda_web: every route runs per request.
use lambda_web::actix_web::{get, post, web, App, HttpResponse, HttpServer, Responder};
use lambda_web::{is_running_on_lambda, run_actix_on_lambda, LambdaError};

#[get("/")]
async fn hello() -> impl Responder {
    HttpResponse::Ok().body("hello")
}

#[post("/orders")]
async fn create_order(body: web::Bytes) -> impl Responder {
    let config = aws_config::load_from_env().await; // expect: LL302
    let sqs = aws_sdk_sqs::Client::new(&config); // expect: LL302
    let _ = sqs.send_message().queue_url("q").message_body(format!("{body:?}")).send().await;
    HttpResponse::Ok().finish()
}

async fn status() -> impl Responder {
    let http = reqwest::Client::new(); // expect: LL302, LL402
    let up = http.get("https://status.example.com").send().await.is_ok();
    HttpResponse::Ok().body(up.to_string())
}

#[actix_web::main]
async fn main() -> Result<(), LambdaError> {
    let factory = || {
        App::new()
            .service(hello)
            .service(create_order)
            .route("/status", web::get().to(status))
    };
    if is_running_on_lambda() {
        run_actix_on_lambda(factory).await?;
    } else {
        HttpServer::new(factory).bind("127.0.0.1:8080")?.run().await?;
    }
    Ok(())
}
