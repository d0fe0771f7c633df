// A Rocket app served on Lambda by lambda_web: its routes run per request.
#[macro_use]
extern crate rocket;

use lambda_web::{is_running_on_lambda, launch_rocket_on_lambda, LambdaError};

#[get("/weather/<city>")]
async fn weather(city: &str) -> String {
    let http = reqwest::Client::builder().build().unwrap(); // expect: LL302, LL402
    let url = format!("https://weather.example.com/{city}");
    http.get(url).send().await.map(|r| r.status().to_string()).unwrap_or_default()
}

#[rocket::main]
async fn main() -> Result<(), LambdaError> {
    let rocket = rocket::build().mount("/", routes![weather]);
    if is_running_on_lambda() {
        launch_rocket_on_lambda(rocket).await?;
    } else {
        let _ = rocket.launch().await?;
    }
    Ok(())
}
