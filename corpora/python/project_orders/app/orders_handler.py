"""Order API: handler code spread over sibling modules."""
import json

from .lib.orders_db import connect
from app import orders_audit


def create_order(event, context):
    conn = connect()
    body = json.loads(event["body"])
    with conn.cursor() as cur:
        cur.execute("INSERT INTO orders (sku) VALUES (%s)", (body["sku"],))
    conn.commit()
    orders_audit.audit_async(body["sku"])
    return {"statusCode": 201}


def lambda_handler(event, context):
    return create_order(event, context)
