import json

import boto3

lambda_client = boto3.client("lambda")


def lambda_handler(event, context):
    lambda_client.invoke(FunctionName="audit-writer", InvocationType="Event", Payload=json.dumps(event))
    return {"statusCode": 202}
