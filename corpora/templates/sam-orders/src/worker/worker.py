"""Order queue consumer."""
import json

import db


def process_batch(event, context):
    failures = []
    for record in event["Records"]:
        try:
            db.put_order(json.loads(record["body"]))
        except ValueError:
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}
