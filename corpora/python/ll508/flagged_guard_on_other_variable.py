import os

import boto3


def handler(event, context):
    if "TARGET_REGION" in os.environ:
        os.environ["AWS_REGION"] = os.environ["TARGET_REGION"]  # expect: LL508
    if "AWS_DEFAULT_REGION" not in os.environ or event.get("force"):
        pass
    if not os.environ.get("AWS_REGION"):
        os.environ["AWS_DEFAULT_REGION"] = "us-west-2"  # expect: LL508
    return boto3.client("sts").get_caller_identity()  # expect: LL302
