pub async fn save(config: &aws_config::SdkConfig, domain: &str) -> Result<(), aws_sdk_s3::Error> {
    let s3 = aws_sdk_s3::Client::new(config); // expect: LL302
    s3.put_object().bucket("certs").key(domain).send().await?;
    Ok(())
}
