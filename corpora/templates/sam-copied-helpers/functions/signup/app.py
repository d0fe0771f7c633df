import json

from common.auth import sign


def handler(event, context):
    user = json.loads(event["body"])["user"]
    return {"statusCode": 200, "body": json.dumps({"user": user, "token": sign(user)})}
