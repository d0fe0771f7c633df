#!/usr/bin/env python3
"""Writes a tree of realistic Lambda services for benchmarking lambda-lint.

Each service is a folder with a handler module and three helper modules it imports (a data layer,
models, utilities), ~4 KB of Python per file. A fixed seed makes the tree identical on every run;
about one service in six carries an anti-pattern (a client per invocation, an unbounded poll, an
unjoined thread), the rest are written the Lambda way.

    bench/gen_handlers.py OUT_DIR N_FILES [--seed 7]
"""
import argparse
import os
import random

HANDLER_CLEAN = '''"""Service {n}: {topic} API."""
import json
import logging
import os

import boto3

from .{n_db} import load_{topic}, save_{topic}
from .{n_models} import {Topic}, validate
from .{n_util} import respond, parse_body

logger = logging.getLogger(__name__)
TABLE = os.environ.get("TABLE", "{topic}-table")
dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table(TABLE)


def lambda_handler(event, context):
    method = event.get("httpMethod", "GET")
    if method == "GET":
        item = load_{topic}(table, event["pathParameters"]["id"])
        if item is None:
            return respond(404, {{"error": "not found"}})
        return respond(200, item)
    body = parse_body(event)
    {topic} = {Topic}.from_dict(body)
    errors = validate({topic})
    if errors:
        logger.warning("invalid {topic}: %s", errors)
        return respond(400, {{"errors": errors}})
    for record in body.get("items", []):
        save_{topic}(table, {Topic}.from_dict(record))
    save_{topic}(table, {topic})
    return respond(201, {{"id": {topic}.id}})
'''

HANDLER_FLAGGED = '''"""Service {n}: {topic} worker (written the slow way)."""
import json
import time

import boto3

from .{n_db} import load_{topic}, save_{topic}
from .{n_models} import {Topic}
from .{n_util} import respond


def wait_until_ready(client, job_id):
    while True:
        state = client.describe_job(jobId=job_id)["job"]["status"]
        if state in ("SUCCEEDED", "FAILED"):
            return state
        time.sleep(2)


def lambda_handler(event, context):
    client = boto3.client("batch")
    table = boto3.resource("dynamodb").Table("{topic}-table")
    body = json.loads(event["body"])
    {topic} = {Topic}.from_dict(body)
    save_{topic}(table, {topic})
    state = wait_until_ready(client, body["job_id"])
    return respond(200, {{"id": {topic}.id, "state": state, "item": load_{topic}(table, {topic}.id)}})
'''

DB = '''"""Data access for {topic}."""
from boto3.dynamodb.conditions import Key


def load_{topic}(table, item_id):
    response = table.get_item(Key={{"id": item_id}})
    return response.get("Item")


def save_{topic}(table, {topic}):
    table.put_item(Item={topic}.to_dict())


def list_{topic}_by_owner(table, owner, limit=25):
    response = table.query(
        IndexName="owner-index",
        KeyConditionExpression=Key("owner").eq(owner),
        Limit=limit,
    )
    return response.get("Items", [])


def delete_{topic}(table, item_id):
    table.delete_item(Key={{"id": item_id}})
'''

MODELS = '''"""Models for {topic}."""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

MAX_NAME = {maxname}


@dataclass
class {Topic}:
    id: str
    name: str
    owner: str
    tags: List[str] = field(default_factory=list)
    attributes: Dict[str, str] = field(default_factory=dict)
    parent: Optional[str] = None

    @classmethod
    def from_dict(cls, data):
        return cls(
            id=str(data["id"]),
            name=str(data.get("name", "")),
            owner=str(data.get("owner", "anonymous")),
            tags=list(data.get("tags", [])),
            attributes=dict(data.get("attributes", {{}})),
            parent=data.get("parent"),
        )

    def to_dict(self):
        return {{
            "id": self.id,
            "name": self.name,
            "owner": self.owner,
            "tags": self.tags,
            "attributes": self.attributes,
            "parent": self.parent,
        }}


def validate(item):
    errors = []
    if not item.name:
        errors.append("name is required")
    if len(item.name) > MAX_NAME:
        errors.append("name is too long")
    for tag in item.tags:
        if not tag.isidentifier():
            errors.append("bad tag %r" % tag)
    return errors
'''

UTIL = '''"""HTTP helpers for {topic}."""
import base64
import json

CORS = {{"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Content-Type"}}


def respond(status, body):
    return {{"statusCode": status, "headers": dict(CORS), "body": json.dumps(body, default=str)}}


def parse_body(event):
    raw = event.get("body") or "{{}}"
    if event.get("isBase64Encoded"):
        raw = base64.b64decode(raw).decode("utf-8")
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return {{}}


def chunks(items, size={chunk}):
    for start in range(0, len(items), size):
        yield items[start:start + size]
'''

TOPICS = ["order", "invoice", "customer", "shipment", "ticket", "booking", "payment", "review",
          "coupon", "device", "report", "session", "profile", "upload", "message", "alert"]


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_service(folder, s, rng):
    """Writes service number `s` (a handler and its three helpers) into `folder`."""
    topic = rng.choice(TOPICS)
    os.makedirs(folder, exist_ok=True)
    names = {"n": s, "topic": topic, "Topic": topic.capitalize(), "n_db": "db_%s" % topic,
             "n_models": "models_%s" % topic, "n_util": "util_%s" % topic,
             "maxname": rng.choice([64, 128, 256]), "chunk": rng.choice([10, 25, 50])}
    write(os.path.join(folder, "__init__.py"), "")
    handler = HANDLER_FLAGGED if rng.random() < 1 / 6 else HANDLER_CLEAN
    write(os.path.join(folder, "app.py"), handler.format(**names))
    write(os.path.join(folder, names["n_db"] + ".py"), DB.format(**names))
    write(os.path.join(folder, names["n_models"] + ".py"), MODELS.format(**names))
    write(os.path.join(folder, names["n_util"] + ".py"), UTIL.format(**names))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("files", type=int)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    services = max(1, args.files // 5)  # five files a service, __init__.py included
    per_group = 100
    for s in range(services):
        folder = os.path.join(args.out, "group_%04d" % (s // per_group), "svc_%06d" % s)
        write_service(folder, s, rng)


if __name__ == "__main__":
    main()
