"""Renders invoices from queued orders. The template's Handler names handle_batch."""
import json
import os

import boto3

s3 = boto3.client("s3")


def _render(order):
    lines = "\n".join(f"{l['sku']}: {l['quantity']}" for l in order["lines"])
    return f"Invoice {order['id']}\n{lines}\n"


def handle_batch(event, context):
    for record in event["Records"]:
        order = json.loads(record["body"])
        s3.put_object(Bucket=os.environ["BUCKET"], Key=f"{order['id']}.txt", Body=_render(order))
    return {"processed": len(event["Records"])}
