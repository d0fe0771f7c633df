use std::time::Duration;

pub static PIN_HTTP: once_cell::sync::Lazy<reqwest::Client> = once_cell::sync::Lazy::new(|| {
    reqwest::Client::builder().timeout(Duration::from_secs(4)).build().expect("client")
});
