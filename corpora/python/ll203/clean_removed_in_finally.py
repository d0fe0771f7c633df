import os

import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    local = f"/tmp/{event['key']}"
    s3.download_file(event["bucket"], event["key"], local)
    try:
        with open(local, "rb") as f:
            return {"size": len(f.read())}
    finally:
        os.remove(local)
