"""Lazy initialisation: the client is built on the first invocation only."""
import boto3

_client = None
_table = None


def get_client():
    global _client
    if _client is None:
        _client = boto3.client("secretsmanager")
    return _client


def get_table():
    global _table
    if _table is not None:
        return _table
    _table = boto3.resource("dynamodb").Table("orders")
    return _table


def lambda_handler(event, context):
    secret = get_client().get_secret_value(SecretId=event["secret_id"])
    get_table().put_item(Item={"id": event["id"]})
    return {"ok": bool(secret)}
