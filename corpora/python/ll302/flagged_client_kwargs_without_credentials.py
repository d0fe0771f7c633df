"""A client built per invocation from a plain settings dict: nothing in it is per-caller."""
import os

import boto3

SETTINGS = {"region_name": os.environ.get("AWS_REGION", "eu-west-1")}


def lambda_handler(event, context):
    sns = boto3.client("sns", **SETTINGS)  # expect: LL302
    sns.publish(TopicArn=os.environ["TOPIC"], Message=event["text"])
    return {"sent": True}
