import os

import boto3

os.environ["AWS_REGION"] = "eu-west-1"  # expect: LL508
os.environ["AWS_DEFAULT_REGION"] = "eu-west-1"  # expect: LL508
dynamodb = boto3.resource("dynamodb")


def lambda_handler(event, context):
    return dynamodb.Table("orders").get_item(Key={"id": event["id"]}).get("Item")
