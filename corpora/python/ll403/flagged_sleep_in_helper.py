from time import sleep

import boto3

sqs = boto3.client("sqs")


def throttle():
    sleep(0.5)  # expect: LL403


def handler(event, context):
    for record in event["Records"]:
        sqs.send_message(QueueUrl=record["queue"], MessageBody=record["body"])
        throttle()
    return {"sent": len(event["Records"])}
