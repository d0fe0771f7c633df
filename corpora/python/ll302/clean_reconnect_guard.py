# The connection is probed and reused; the secret lookup and the reconnect only run when there is
# no live connection (cold start, or the database dropped it), never on every invocation.
import json
import os

import boto3
import psycopg2

_db = None


def connection():
    global _db
    if _db is not None and not _db.closed:
        try:
            with _db.cursor() as probe:
                probe.execute("SELECT 1")
            return _db
        except psycopg2.Error:
            _db = None
    secrets = boto3.client("secretsmanager")
    creds = json.loads(secrets.get_secret_value(SecretId=os.environ["DB_SECRET"])["SecretString"])
    _db = psycopg2.connect(host=os.environ["DB_HOST"], user=creds["user"], password=creds["password"],
                           dbname="inventory", connect_timeout=5)
    return _db


def lambda_handler(event, context):
    with connection().cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE sku = %s", (event["sku"],))
        return dict(cur.fetchall())
