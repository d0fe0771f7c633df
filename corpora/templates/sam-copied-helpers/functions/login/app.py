import json

from common.auth import verify


def handler(event, context):
    body = json.loads(event["body"])
    ok = verify(body["user"], body.get("token"))
    return {"statusCode": 200 if ok else 401, "body": json.dumps({"ok": ok})}
