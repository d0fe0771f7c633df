# Defaults for running the module on a laptop: the runtime always sets these variables, so
# none of the lines below changes anything on Lambda.
import os

os.environ.setdefault("AWS_DEFAULT_REGION", "eu-central-1")
os.environ.setdefault("AWS_LAMBDA_FUNCTION_NAME", "local-dev")

if "AWS_REGION" not in os.environ:
    os.environ["AWS_REGION"] = "eu-central-1"

if not os.environ.get("AWS_EXECUTION_ENV"):
    os.environ["AWS_EXECUTION_ENV"] = "local"

import boto3

sqs = boto3.client("sqs")


def handler(event, context):
    if os.getenv("AWS_REGION") is None:
        os.environ["AWS_REGION"] = "us-east-1"
    return sqs.send_message(QueueUrl=os.environ["QUEUE_URL"], MessageBody=event["body"])
