import os

import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    record = event["Records"][0]["s3"]
    key = record["object"]["key"]
    local = os.path.join("/tmp", os.path.basename(key))
    s3.download_file(record["bucket"]["name"], key, local)  # expect: LL203
    with open(local, "rb") as f:
        return {"size": len(f.read())}
