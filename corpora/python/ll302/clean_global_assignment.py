"""Built inside a function but stored to a module-level name: reused by warm invocations."""
import boto3

dynamodb = None


def init():
    global dynamodb
    dynamodb = boto3.resource("dynamodb")


def lambda_handler(event, context):
    if not dynamodb:
        init()
    return dynamodb.Table("sessions").get_item(Key={"id": event["id"]}).get("Item")
