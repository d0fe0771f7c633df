from shared import db


def handler(event, context):
    user = db.put({"pk": event["pathParameters"]["id"]})
    return {"statusCode": 200, "body": user["pk"]}
