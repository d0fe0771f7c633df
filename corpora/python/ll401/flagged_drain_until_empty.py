"""Drains a queue until it is empty: how long depends on the queue, not on the code."""
import boto3

sqs = boto3.client("sqs")


def lambda_handler(event, context):
    moved = 0
    while True:  # expect: LL401
        batch = sqs.receive_message(QueueUrl=event["dlq"], MaxNumberOfMessages=10).get("Messages", [])
        if not batch:
            break
        for message in batch:
            sqs.send_message(QueueUrl=event["queue"], MessageBody=message["Body"])
            sqs.delete_message(QueueUrl=event["dlq"], ReceiptHandle=message["ReceiptHandle"])
            moved += 1
    return {"moved": moved}
