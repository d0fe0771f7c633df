// The library does the work; the Lambda binary glob-imports it.
pub mod store;

pub async fn renew_all(domains: &[String]) -> Result<usize, aws_sdk_s3::Error> {
    let shared = aws_config::load_from_env().await; // expect: LL302
    let mut renewed = 0;
    for domain in domains {
        store::save(&shared, domain).await?;
        renewed += 1;
    }
    Ok(renewed)
}
