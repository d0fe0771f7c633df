import json
import os

import boto3

table = boto3.resource("dynamodb").Table(os.environ.get("TABLE", "messages"))


def on_message(event, context):
    body = json.loads(event.get("body") or "{}")
    table.put_item(Item={"room": body.get("room", "lobby"), "at": event["requestContext"]["requestTimeEpoch"],
                         "text": body.get("text", "")})
    return {"statusCode": 200}


def history(event, context):
    room = (event.get("pathParameters") or {}).get("room", "lobby")
    items = table.query(KeyConditionExpression="room = :r", ExpressionAttributeValues={":r": room},
                        Limit=50)["Items"]
    return {"statusCode": 200, "body": json.dumps(items, default=str)}
