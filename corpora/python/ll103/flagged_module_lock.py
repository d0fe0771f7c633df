import threading

import boto3

table = boto3.resource("dynamodb").Table("counters")
_lock = threading.Lock()  # expect: LL103


def lambda_handler(event, context):
    with _lock:
        table.update_item(Key={"id": event["id"]}, UpdateExpression="ADD hits :one",
                          ExpressionAttributeValues={":one": 1})
    return {"ok": True}
