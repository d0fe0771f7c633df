"""Polling through a small helper of the module: the describe call is one function away, and a
waiter (`stream_exists`) still does this job better."""
import time

import boto3

kinesis = boto3.client("kinesis")


def stream_status(name):
    return kinesis.describe_stream(StreamName=name)["StreamDescription"]["StreamStatus"]


def lambda_handler(event, context):
    kinesis.create_stream(StreamName=event["name"], ShardCount=1)
    while True:  # expect: LL401, LL405
        if stream_status(event["name"]) == "ACTIVE":
            break
        time.sleep(3)  # expect: LL403
    return {"stream": event["name"]}
