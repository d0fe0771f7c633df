"""Returns one rendered invoice."""
import os

import boto3

s3 = boto3.client("s3")


def get_invoice(event, context):
    key = event["pathParameters"]["id"] + ".txt"
    body = s3.get_object(Bucket=os.environ["BUCKET"], Key=key)["Body"].read()
    return {"statusCode": 200, "body": body.decode()}
