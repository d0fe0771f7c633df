fn main() {
    let client = reqwest::blocking::Client::new();
    let _ = client.get("https://example.com").send();
    let http = reqwest::Client::new();
    drop(http);
}
