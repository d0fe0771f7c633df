"""Lazy initialisation that does survive between invocations: the guarded name is module state
(declared global, or a class attribute), so the client is built once per environment."""
import boto3

_ssm = None


class Store:
    table = None

    def __init__(self, name):
        if Store.table is None:
            Store.table = boto3.resource("dynamodb").Table(name)


def ssm_client():
    global _ssm
    if _ssm is None:
        _ssm = boto3.client("ssm")
    return _ssm


def lambda_handler(event, context):
    token = ssm_client().get_parameter(Name="/bot/api_token", WithDecryption=True)
    Store("messages").table.put_item(Item={"id": event["id"]})
    return {"ok": bool(token)}
