import functools

import boto3

s3 = boto3.client("s3")
SEEN_TYPES = {"image", "video"}
_schema_cache = {}


@functools.lru_cache(maxsize=32)
def load_schema(name):
    body = s3.get_object(Bucket="schemas", Key=name)["Body"].read()
    _schema_cache[name] = body
    return body


def lambda_handler(event, context):
    out = []
    for record in event["Records"]:
        out.append(record["body"])
    load_schema(event["schema"])
    return out
