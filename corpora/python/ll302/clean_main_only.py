"""A client built only when the file is run locally, never on Lambda."""
import boto3

sqs = boto3.client("sqs")


def lambda_handler(event, context):
    return sqs.send_message(QueueUrl=event["queue_url"], MessageBody="ping")


if __name__ == "__main__":
    local = boto3.client("sqs", endpoint_url="http://localhost:4566")
    print(local.list_queues())
