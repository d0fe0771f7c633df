#!/usr/bin/env python3
"""Writes a tree of realistic Node.js Lambda services (JavaScript and TypeScript) for benchmarking.

Each service is a folder with a handler and three modules it imports (data layer, models,
utilities), about 1-1.5 KB each. Services alternate between ESM JavaScript (.mjs), TypeScript (.ts)
and CommonJS (.js). A fixed seed makes the tree identical on every run; about one service in six
carries anti-patterns (a client per invocation, a fetch without timeout, a floating promise, a
sleep), the rest are written the Lambda way.

    bench/gen_js_handlers.py OUT_DIR N_FILES [--seed 7]
"""
import argparse
import os
import random

HANDLER_CLEAN = '''// Service {n}: {topic} API.
import {{ DynamoDBClient }} from "@aws-sdk/client-dynamodb";
import {{ DynamoDBDocumentClient }} from "@aws-sdk/lib-dynamodb";
import {{ load{Topic}, save{Topic}, list{Topic}ByOwner }} from "./db_{n}{ext_import}";
import {{ {Topic}, validate }} from "./models_{n}{ext_import}";
import {{ respond, parseBody }} from "./util_{n}{ext_import}";

const TABLE = process.env.TABLE ?? "{topic}-table";
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({{}}));

export const handler = async (event{event_type}, context{context_type}) => {{
  const method = event.requestContext?.http?.method ?? "GET";
  if (method === "GET") {{
    const id = event.pathParameters?.id;
    if (!id) {{
      const items = await list{Topic}ByOwner(doc, TABLE, event.queryStringParameters?.owner ?? "");
      return respond(200, {{ items }});
    }}
    const item = await load{Topic}(doc, TABLE, id);
    if (item === undefined) return respond(404, {{ error: "not found" }});
    return respond(200, item);
  }}
  const body = parseBody(event);
  const {topic} = {Topic}.fromObject(body);
  const errors = validate({topic});
  if (errors.length > 0) {{
    console.warn("invalid {topic}", {{ errors, requestId: context.awsRequestId }});
    return respond(400, {{ errors }});
  }}
  await Promise.all((body.items ?? []).map((record) => save{Topic}(doc, TABLE, {Topic}.fromObject(record))));
  await save{Topic}(doc, TABLE, {topic});
  return respond(201, {{ id: {topic}.id }});
}};
'''

HANDLER_FLAGGED = '''// Service {n}: {topic} worker (written the slow way).
import {{ DynamoDBClient }} from "@aws-sdk/client-dynamodb";
import {{ DynamoDBDocumentClient, ScanCommand }} from "@aws-sdk/lib-dynamodb";
import {{ BatchClient, DescribeJobsCommand }} from "@aws-sdk/client-batch";
import {{ save{Topic} }} from "./db_{n}{ext_import}";
import {{ {Topic} }} from "./models_{n}{ext_import}";
import {{ respond }} from "./util_{n}{ext_import}";

const sleep = (ms{ms_type}) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilDone(batch{any_type}, jobId{str_type}) {{
  for (;;) {{
    const out = await batch.send(new DescribeJobsCommand({{ jobs: [jobId] }}));
    const state = out.jobs?.[0]?.status;
    if (state === "SUCCEEDED" || state === "FAILED") return state;
    await sleep(2000);
  }}
}}

export const handler = async (event{event_type}) => {{
  const batch = new BatchClient({{}});
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({{}}));
  const body = JSON.parse(event.body ?? "{{}}");
  const {topic} = {Topic}.fromObject(body);
  save{Topic}(doc, "{topic}-table", {topic});
  const hook = await fetch(process.env.HOOK_URL + "/{topic}", {{ method: "POST", body: event.body }});
  const all = await doc.send(new ScanCommand({{ TableName: "{topic}-table" }}));
  const state = await waitUntilDone(batch, body.jobId);
  return respond(200, {{ id: {topic}.id, state, hook: hook.status, count: all.Items.length }});
}};
'''

DB = '''// Data access for {topic}.
import {{ GetCommand, PutCommand, QueryCommand, DeleteCommand }} from "@aws-sdk/lib-dynamodb";

export async function load{Topic}(doc{any_type}, table{str_type}, id{str_type}) {{
  const out = await doc.send(new GetCommand({{ TableName: table, Key: {{ id }} }}));
  return out.Item;
}}

export async function save{Topic}(doc{any_type}, table{str_type}, {topic}{any_type}) {{
  await doc.send(new PutCommand({{ TableName: table, Item: {topic}.toObject() }}));
}}

export async function list{Topic}ByOwner(doc{any_type}, table{str_type}, owner{str_type}, limit = {limit}) {{
  const out = await doc.send(
    new QueryCommand({{
      TableName: table,
      IndexName: "owner-index",
      KeyConditionExpression: "#o = :o",
      ExpressionAttributeNames: {{ "#o": "owner" }},
      ExpressionAttributeValues: {{ ":o": owner }},
      Limit: limit,
    }}),
  );
  return out.Items ?? [];
}}

export async function delete{Topic}(doc{any_type}, table{str_type}, id{str_type}) {{
  await doc.send(new DeleteCommand({{ TableName: table, Key: {{ id }} }}));
}}
'''

MODELS = '''// Models for {topic}.
export const MAX_NAME = {maxname};

export class {Topic} {{
  constructor(id{str_type}, name{str_type}, owner{str_type}, tags{arr_type} = [], attributes{any_type} = {{}}, parent{any_type} = null) {{
    this.id = id;
    this.name = name;
    this.owner = owner;
    this.tags = tags;
    this.attributes = attributes;
    this.parent = parent;
  }}

  static fromObject(data{any_type}) {{
    return new {Topic}(
      String(data.id ?? ""),
      String(data.name ?? ""),
      String(data.owner ?? ""),
      Array.isArray(data.tags) ? data.tags.map(String) : [],
      {{ ...(data.attributes ?? {{}}) }},
      data.parent ?? null,
    );
  }}

  toObject() {{
    const out{any_type} = {{ id: this.id, name: this.name, owner: this.owner, tags: this.tags }};
    if (Object.keys(this.attributes).length > 0) out.attributes = this.attributes;
    if (this.parent !== null) out.parent = this.parent;
    return out;
  }}
}}

export function validate(item{any_type}) {{
  const errors = [];
  if (!item.id) errors.push("id is required");
  if (!item.name) errors.push("name is required");
  else if (item.name.length > MAX_NAME) errors.push(`name is longer than ${{MAX_NAME}}`);
  if (item.tags.length > {maxtags}) errors.push("too many tags");
  for (const [key, value] of Object.entries(item.attributes)) {{
    if (typeof value !== "string") errors.push(`attribute ${{key}} must be a string`);
  }}
  return errors;
}}
'''

UTIL = '''// HTTP helpers for {topic}.
const CORS = {{ "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Content-Type" }};

export function respond(statusCode{num_type}, body{any_type}) {{
  return {{ statusCode, headers: {{ "Content-Type": "application/json", ...CORS }}, body: JSON.stringify(body) }};
}}

export function parseBody(event{any_type}) {{
  if (!event.body) return {{}};
  const raw = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
  try {{
    return JSON.parse(raw);
  }} catch (err) {{
    console.warn("bad JSON body", err);
    return {{}};
  }}
}}

export function* chunks(items{arr_type}, size = {chunk}) {{
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}}

export const pick = (obj{any_type}, keys{arr_type}) =>
  Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));
'''

TOPICS = ["order", "invoice", "customer", "shipment", "ticket", "booking", "payment", "review",
          "coupon", "account", "device", "report", "session", "upload", "message", "profile"]

# extension, the suffix relative imports use, and the TypeScript annotations (empty for JS)
FLAVOURS = [
    (".mjs", ".mjs", {}),
    (".ts", ".js", {"event_type": ": any", "context_type": ": any", "any_type": ": any",
                    "str_type": ": string", "num_type": ": number", "arr_type": ": string[]",
                    "ms_type": ": number"}),
    (".js", ".js", {}),
]
TYPE_KEYS = ["event_type", "context_type", "any_type", "str_type", "num_type", "arr_type", "ms_type"]


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("n_files", type=int)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    written = 0
    n = 0
    while written < args.n_files:
        topic = rng.choice(TOPICS)
        ext, ext_import, types = FLAVOURS[n % len(FLAVOURS)]
        values = {key: types.get(key, "") for key in TYPE_KEYS}
        values.update(n=n, topic=topic, Topic=topic.capitalize(), ext_import=ext_import,
                      limit=rng.choice([10, 25, 50]), maxname=rng.choice([64, 128, 256]),
                      maxtags=rng.choice([10, 20, 50]), chunk=rng.choice([10, 25, 100]))
        folder = os.path.join(args.out, f"svc_{n:05d}")
        os.makedirs(folder, exist_ok=True)
        handler = HANDLER_FLAGGED if rng.random() < 1 / 6 else HANDLER_CLEAN
        files = [("handler", handler), (f"db_{n}", DB), (f"models_{n}", MODELS), (f"util_{n}", UTIL)]
        for name, template in files:
            if written >= args.n_files:
                break
            write(os.path.join(folder, name + ext), template.format(**values))
            written += 1
        n += 1


if __name__ == "__main__":
    main()
