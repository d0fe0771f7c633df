"""Order lookup: an aliased boto3 import and a new database connection per request."""
import os

import boto3 as aws
import psycopg2
from redis import Redis


def handler(event, context):
    table = aws.resource("dynamodb").Table(os.environ["TABLE"])  # expect: LL302
    conn = psycopg2.connect(os.environ["DSN"])  # expect: LL302
    cache = Redis(host=os.environ["REDIS_HOST"])  # expect: LL302
    with conn.cursor() as cur:
        cur.execute("SELECT status FROM orders WHERE id = %s", (event["id"],))
        status = cur.fetchone()
    cache.set(event["id"], status[0])
    table.put_item(Item={"id": event["id"], "status": status[0]})
    return {"status": status[0]}
