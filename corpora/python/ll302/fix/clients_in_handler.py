"""Clients built on every invocation: --fix --unsafe-fixes builds the constant ones once."""
import os

import boto3

TABLE_NAME = os.environ["TABLE_NAME"]


def lambda_handler(event, context):
    s3 = boto3.client("s3")  # expect: LL302
    table = boto3.resource("dynamodb").Table(TABLE_NAME)  # expect: LL302
    # per-invocation arguments: no fix
    sqs = boto3.client("sqs", region_name=event["region"])  # expect: LL302
    body = s3.get_object(Bucket=event["bucket"], Key=event["key"])["Body"].read()
    table.put_item(Item={"id": event["key"], "size": len(body)})
    sqs.send_message(QueueUrl=event["queue"], MessageBody=event["key"])
    return archive(event["key"])


def archive(key):
    s3 = boto3.client("s3")  # expect: LL302
    return s3.copy_object(Bucket="archive", Key=key, CopySource={"Bucket": "inbox", "Key": key})
