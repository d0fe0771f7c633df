pub struct Book {
    db: aws_sdk_dynamodb::Client,
}

impl Book {
    pub async fn open() -> Self {
        let shared = aws_config::load_from_env().await; // expect: LL302
        Book { db: aws_sdk_dynamodb::Client::new(&shared) } // expect: LL302
    }

    pub async fn append(&self, line: String) -> Result<(), aws_sdk_dynamodb::Error> {
        self.db.put_item().table_name("ledger").item("line", line.into()).send().await?;
        Ok(())
    }
}
