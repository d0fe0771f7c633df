"""Resize uploaded images: creates its S3 client on every invocation."""
import json

import boto3


def lambda_handler(event, context):
    s3 = boto3.client("s3")  # expect: LL302
    record = event["Records"][0]["s3"]
    obj = s3.get_object(Bucket=record["bucket"]["name"], Key=record["object"]["key"])
    return {"statusCode": 200, "body": json.dumps({"size": obj["ContentLength"]})}
