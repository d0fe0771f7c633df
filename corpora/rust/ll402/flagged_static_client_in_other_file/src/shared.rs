pub static PIN_HTTP: once_cell::sync::Lazy<reqwest::Client> =
    once_cell::sync::Lazy::new(|| reqwest::Client::new()); // expect: LL402
