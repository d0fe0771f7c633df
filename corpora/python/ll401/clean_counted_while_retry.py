"""Counted retries written as while loops: at most MAX_ATTEMPTS tries, whatever the service says."""
import time

import boto3

dynamodb = boto3.client("dynamodb")

MAX_ATTEMPTS = 4


def put_with_retry(item):
    attempts = 0
    while attempts < MAX_ATTEMPTS:
        attempts += 1
        try:
            return dynamodb.put_item(TableName="orders", Item=item)
        except dynamodb.exceptions.ProvisionedThroughputExceededException:
            time.sleep(0.2 * attempts)
    raise RuntimeError("throttled")


def lambda_handler(event, context):
    remaining = 3
    while remaining > 0:
        remaining = remaining - 1
        put_with_retry({"pk": {"S": event["id"]}, "try": {"N": str(remaining)}})
    return {"ok": True}
