"""A thread pool for I/O-bound work instead of processes (threads are LL101's concern only if
created per invocation; this one is at module scope)."""
from concurrent.futures import ThreadPoolExecutor

import boto3

s3 = boto3.client("s3")
executor = ThreadPoolExecutor(max_workers=2)


def head(key):
    return s3.head_object(Bucket="assets", Key=key)["ContentLength"]


def lambda_handler(event, context):
    return {"sizes": list(executor.map(head, event["keys"]))}
