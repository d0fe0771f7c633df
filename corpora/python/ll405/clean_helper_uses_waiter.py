"""The helper the loop calls waits with the SDK's waiter: nothing hand-written to replace."""
import time

import boto3

kinesis = boto3.client("kinesis")


def wait_active(name):
    kinesis.get_waiter("stream_exists").wait(StreamName=name)
    return kinesis.describe_stream(StreamName=name)["StreamDescription"]["StreamStatus"]


def lambda_handler(event, context):
    for name in event["streams"]:  # expect: LL401
        wait_active(name)
        time.sleep(1)  # expect: LL403
    return {"streams": event["streams"]}
