# One client or table per name, created on first use: setdefault with a computed default is a
# get-or-insert cache (the LL302 is for the constructor, which Python evaluates on every call).
import boto3

_by_service = {}
_tables = {}
_pending = {}


def table(name):
    return _tables.setdefault(name, boto3.resource("dynamodb").Table(name))  # expect: LL302


def client(service):
    if service not in _by_service:
        _by_service[service] = boto3.client(service)
    return _by_service[service]


def lambda_handler(event, context):
    _pending.setdefault(event["user"], []).append(event["id"])  # expect: LL201
    client("sqs").send_message(QueueUrl=event["queue"], MessageBody=event["body"])
    return table(event["table"]).get_item(Key={"id": event["id"]}).get("Item")
