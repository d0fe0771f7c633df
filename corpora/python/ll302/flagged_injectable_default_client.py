"""Bot token lookup written for testability: the SSM client can be injected, but the handler never
passes one, so every invocation builds a fresh client behind the `is None` check."""
import json

import boto3


def get_parameter(name, ssm_client=None):
    if ssm_client is None:
        ssm_client = boto3.client("ssm")  # expect: LL302
    return ssm_client.get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"]


def table_for(name, dynamodb=None):
    if not dynamodb:
        dynamodb = boto3.resource("dynamodb")  # expect: LL302
    return dynamodb.Table(name)


def lambda_handler(event, context):
    token = get_parameter("/bot/api_token")
    table_for("messages").put_item(Item={"id": event["id"], "text": event["text"]})
    return {"statusCode": 200, "body": json.dumps({"sent": bool(token)})}
