import os

import boto3

table = boto3.resource("dynamodb").Table(os.environ.get("TABLE", "items"))


def handler(event, context):
    item = table.get_item(Key={"id": event["pathParameters"]["id"]}).get("Item")
    return {"statusCode": 200 if item else 404, "body": str(item)}
