"""Reports whether an upload has been processed."""
import os

import boto3

s3 = boto3.client("s3")


def get_status(event, context):
    key = event["pathParameters"]["key"]
    try:
        s3.head_object(Bucket=os.environ.get("BUCKET", "uploads"), Key=f"thumbnails/{key}")
    except s3.exceptions.ClientError:
        return {"statusCode": 404}
    return {"statusCode": 200}
