#!/usr/bin/env python3
"""Writes a tree of Rust Lambda crates for benchmarking lambda-lint on Rust (every file a handler
or a module a handler uses): each crate has src/main.rs (the handler, registered with service_fn)
and src/store.rs (a data layer it calls), ~4 KB each. A fixed seed makes the tree identical on
every run; about one crate in six carries an anti-pattern (a client per invocation, a sleep, a
dropped tokio::spawn), the rest build their clients in main.

    bench/gen_rust_handlers.py OUT_DIR N_FILES [--seed 7]
"""
import argparse
import os
import random

MAIN = '''use aws_sdk_dynamodb::Client;
use lambda_runtime::{{run, service_fn, Error, LambdaEvent}};
use serde::{{Deserialize, Serialize}};

mod store;
use store::{{load_item, save_item}};

#[derive(Deserialize)]
struct Request{n} {{
    id: String,
    quantity: u32,
    note: Option<String>,
}}

#[derive(Serialize)]
struct Response{n} {{
    id: String,
    total: u64,
    status: String,
}}

fn price_of(quantity: u32, unit: u64) -> u64 {{
    let mut total = 0u64;
    for step in 0..quantity {{
        total += unit + (step as u64 % 3);
    }}
    total
}}

async fn function_handler(client: &Client, event: LambdaEvent<Request{n}>) -> Result<Response{n}, Error> {{
    let req = event.payload;
    {bad}
    let existing = load_item(client, "{topic}", &req.id).await?;
    let unit = existing.map(|v| v.len() as u64).unwrap_or(7);
    let total = price_of(req.quantity, unit);
    save_item(client, "{topic}", &req.id, total).await?;
    let status = match req.note {{
        Some(note) if note.len() > 10 => "annotated".to_string(),
        Some(_) => "short-note".to_string(),
        None => "plain".to_string(),
    }};
    Ok(Response{n} {{ id: req.id, total, status }})
}}

#[tokio::main]
async fn main() -> Result<(), Error> {{
    let config = aws_config::load_from_env().await;
    let client = Client::new(&config);
    run(service_fn(|event| function_handler(&client, event))).await
}}
'''

STORE = '''use aws_sdk_dynamodb::types::AttributeValue;
use aws_sdk_dynamodb::Client;
use lambda_runtime::Error;

pub async fn load_item(client: &Client, table: &str, id: &str) -> Result<Option<String>, Error> {{
    let out = client
        .get_item()
        .table_name(table)
        .key("pk", AttributeValue::S(id.to_string()))
        .send()
        .await?;
    Ok(out.item().and_then(|i| i.get("body")).and_then(|v| v.as_s().ok()).cloned())
}}

pub async fn save_item(client: &Client, table: &str, id: &str, total: u64) -> Result<(), Error> {{
    client
        .put_item()
        .table_name(table)
        .item("pk", AttributeValue::S(id.to_string()))
        .item("total", AttributeValue::N(total.to_string()))
        .item("service", AttributeValue::S("{topic}-{n}".to_string()))
        .send()
        .await?;
    Ok(())
}}

pub fn checksum(parts: &[&str]) -> u32 {{
    let mut sum = 0u32;
    for p in parts {{
        for b in p.bytes() {{
            sum = sum.wrapping_mul(31).wrapping_add(b as u32);
        }}
    }}
    sum
}}
'''

BAD = [
    'let _fresh = Client::new(&aws_config::load_from_env().await);',
    'tokio::time::sleep(std::time::Duration::from_millis(50)).await;',
    'tokio::spawn(async move { 1 });',
]
TOPICS = ["orders", "payments", "users", "inventory", "shipping", "reports"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("n_files", type=int)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    for n in range(max(1, a.n_files // 2)):
        src = os.path.join(a.out, f"svc{n:05d}", "src")
        os.makedirs(src, exist_ok=True)
        topic = rnd.choice(TOPICS)
        bad = rnd.choice(BAD) if rnd.random() < 1 / 6 else "// checked"
        pad = "\n".join(f"// {topic} handler notes line {i}" for i in range(40))
        with open(os.path.join(src, "main.rs"), "w") as f:
            f.write(MAIN.format(n=n, topic=topic, bad=bad) + pad + "\n")
        with open(os.path.join(src, "store.rs"), "w") as f:
            f.write(STORE.format(n=n, topic=topic) + pad + "\n")


if __name__ == "__main__":
    main()
