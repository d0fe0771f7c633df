"""The module already builds the client: --fix --unsafe-fixes uses it instead of a new one."""
import boto3

sqs = boto3.client("sqs")


def lambda_handler(event, context):
    # expect-next-line: LL302
    queue = boto3.client("sqs")
    for record in event["Records"]:
        queue.send_message(QueueUrl=record["queue"], MessageBody=record["body"])
    return sqs.get_queue_url(QueueName="dead-letters")["QueueUrl"]
