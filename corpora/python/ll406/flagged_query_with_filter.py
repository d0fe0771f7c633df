import boto3
from boto3.dynamodb.conditions import Attr, Key

orders = boto3.resource("dynamodb").Table("orders")


def lambda_handler(event, context):
    resp = orders.query(  # expect: LL406
        KeyConditionExpression=Key("customer").eq(event["customer"]),
        FilterExpression=Attr("status").eq("OPEN"),
    )
    history = orders.query(KeyConditionExpression=Key("customer").eq(event["customer"]))
    return {"open": resp["Items"], "all": history["Items"]}
