import time

sessions = {}


def handler(event, context):
    user = event["requestContext"]["authorizer"]["principalId"]
    sessions[user] = {"last_seen": time.time(), "path": event["path"]}  # expect: LL201
    return {"statusCode": 200, "body": str(len(sessions))}
