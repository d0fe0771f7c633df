"""A memoised factory: the body runs once per environment."""
import functools

import boto3


@functools.lru_cache(maxsize=None)
def ssm_client():
    return boto3.client("ssm")


def lambda_handler(event, context):
    param = ssm_client().get_parameter(Name=event["name"], WithDecryption=True)
    return {"value": param["Parameter"]["Value"]}
