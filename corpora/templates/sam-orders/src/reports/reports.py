"""Builds a daily report: reads a few items and writes one object. Nothing CPU-heavy."""
import json
import os

import boto3

s3 = boto3.client("s3")
dynamodb = boto3.client("dynamodb")


def build_report(event, context):
    for record in event["Records"]:
        day = json.loads(record["body"])["day"]
        items = dynamodb.query(
            TableName=os.environ["TABLE_NAME"],
            KeyConditionExpression="pk = :d",
            ExpressionAttributeValues={":d": {"S": day}},
        )["Items"]
        s3.put_object(Bucket=os.environ["BUCKET"], Key=f"reports/{day}.json", Body=json.dumps(items))
    return {"ok": True}
