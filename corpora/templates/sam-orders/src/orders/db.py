"""DynamoDB access shared by the order functions."""
import os

import boto3

_table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def put_order(order):
    _table.put_item(Item=order)
    return order["id"]


def get_order(order_id):
    return _table.get_item(Key={"id": order_id}).get("Item")
