"""A filtered query over a whole partition: the filter runs after each 1 MB page is read, so the
first page can hold few matches, or none, while later pages hold the rest."""
import boto3

client = boto3.client("dynamodb")


def lambda_handler(event, context):
    resp = client.query(  # expect: LL406
        TableName="events",
        KeyConditionExpression="device = :d",
        FilterExpression="severity = :s",
        ExpressionAttributeValues={":d": {"S": event["device"]}, ":s": {"S": "HIGH"}},
    )
    return {"alerts": resp["Items"]}
