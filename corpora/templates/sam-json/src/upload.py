"""Receives an upload and stores it; the template names the handler."""
import base64
import os

import boto3

s3 = boto3.client("s3")


def handle_upload(event, context):
    body = base64.b64decode(event["body"])
    key = f"uploads/{event['requestContext']['requestId']}"
    s3.put_object(Bucket=os.environ.get("BUCKET", "uploads"), Key=key, Body=body)
    return {"statusCode": 202, "body": key}
