"""Queries whose key condition bounds the sort key too: a slice of one customer's item collection,
filtered afterwards. The key design keeps that slice small; the first page is all of it."""
import boto3
from boto3.dynamodb.conditions import Attr, Key

table = boto3.resource("dynamodb").Table("orders")
client = boto3.client("dynamodb")


def lambda_handler(event, context):
    customer = event["pathParameters"]["customer"]
    recent = table.query(
        KeyConditionExpression=Key("pk").eq(f"CUSTOMER#{customer}") & Key("sk").begins_with("ORDER#2026-"),
        FilterExpression=Attr("status").ne("CANCELLED"),
    )
    profile = client.query(
        TableName="orders",
        KeyConditionExpression="pk = :pk AND sk = :sk",
        FilterExpression="attribute_exists(email)",
        ExpressionAttributeValues={":pk": {"S": f"CUSTOMER#{customer}"}, ":sk": {"S": "PROFILE"}},
    )
    return {"orders": recent["Items"], "profile": profile["Items"]}
