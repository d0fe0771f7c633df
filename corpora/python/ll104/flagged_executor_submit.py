"""Work submitted to a pool that is never shut down or waited on."""
from concurrent.futures import ThreadPoolExecutor

import boto3

firehose = boto3.client("firehose")


def put(record):
    firehose.put_record(DeliveryStreamName="events", Record={"Data": record})


def handler(event, context):
    executor = ThreadPoolExecutor(max_workers=2)  # expect: LL101, LL104
    for record in event["Records"]:
        executor.submit(put, record["body"])
    return {"queued": len(event["Records"])}
