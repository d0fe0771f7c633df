import json

results = []


def transform(record):
    return json.loads(record["body"])


def lambda_handler(event, context):
    for record in event["Records"]:
        results.append(transform(record))  # expect: LL201
    return {"count": len(results), "items": results}
