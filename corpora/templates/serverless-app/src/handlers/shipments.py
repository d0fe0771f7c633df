"""Creates a shipment record."""
import json
import os
import uuid

import boto3

table = boto3.resource("dynamodb").Table(os.environ["SHIPMENTS_TABLE"])


def create(event, context):
    shipment = {"id": str(uuid.uuid4()), **json.loads(event["body"])}
    table.put_item(Item=shipment)
    return {"statusCode": 201, "body": json.dumps(shipment)}
