import json

import boto3

lambda_client = boto3.client("lambda")


def lambda_handler(event, context):
    resp = lambda_client.invoke(  # expect: LL507
        FunctionName="thumbnail-generator",
        Payload=json.dumps({"key": event["key"]}),
    )
    return json.loads(resp["Payload"].read())
