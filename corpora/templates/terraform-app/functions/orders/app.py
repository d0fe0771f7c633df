from shared import db


def handler(event, context):
    for record in event.get("Records", []):
        db.put({"pk": record["messageId"], "body": record["body"]})
    return {"ok": True}
