import json

processed = set()


def lambda_handler(event, context):
    for record in event["Records"]:
        msg_id = record["messageId"]
        if msg_id in processed:
            continue
        processed.add(msg_id)  # expect: LL202
        print(json.loads(record["body"]))
    return {"batchItemFailures": []}
