"""Table access shared by the functions: copied into each function's folder by hand."""
import os

import boto3

TABLE = boto3.resource("dynamodb").Table(os.environ.get("TABLE_NAME", "app"))


def put(item):
    TABLE.put_item(Item=item)
    return item
