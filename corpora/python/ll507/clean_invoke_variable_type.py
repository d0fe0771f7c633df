import json
import os

import boto3

lambda_client = boto3.client("lambda")
MODE = os.environ.get("INVOKE_MODE", "Event")


def lambda_handler(event, context):
    lambda_client.invoke(FunctionName="worker", InvocationType=MODE, Payload=json.dumps(event))
    return {"queued": True}
