"""The handler reads the remaining time in a helper it passes the context to."""
import time

import boto3

sfn = boto3.client("stepfunctions")


def time_left(context):
    return context.get_remaining_time_in_millis() > 5000


def lambda_handler(event, context):
    while time_left(context):
        status = sfn.describe_execution(executionArn=event["arn"])["status"]
        if status != "RUNNING":
            return {"status": status}
        time.sleep(2)  # expect: LL403
    return {"status": "TIMEOUT_PENDING"}
