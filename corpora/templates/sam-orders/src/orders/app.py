"""Order API: the template names these handlers (no naming convention applies)."""
import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import db


def _price(line):
    return line["quantity"] * line["unit_price"]


def create_order(evt, ctx):
    body = json.loads(evt["body"])
    with ThreadPoolExecutor(max_workers=4) as pool:  # expect: LL101
        total = sum(pool.map(_price, body["lines"]))
    order_id = db.put_order({"id": str(uuid.uuid4()), "total": total})
    return {"statusCode": 201, "body": json.dumps({"id": order_id, "total": total})}


def get_order(evt, ctx):
    order = db.get_order(evt["pathParameters"]["id"])
    if order is None:
        return {"statusCode": 404, "body": "{}"}
    return {"statusCode": 200, "body": json.dumps(order, default=str)}
