"""Polls a table's status, sleeping between polls (and also after a throttled call): the
`table_exists` waiter does this with the service's states and a bounded number of attempts."""
import time

import boto3

ddb = boto3.client("dynamodb")


def wait_active(table):
    while True:  # expect: LL401, LL405
        try:
            status = ddb.describe_table(TableName=table)["Table"]["TableStatus"]
        except ddb.exceptions.LimitExceededException:
            time.sleep(5)
            continue
        if status == "ACTIVE":
            return
        time.sleep(5)  # expect: LL403


def lambda_handler(event, context):
    ddb.create_table(**event["definition"])
    wait_active(event["definition"]["TableName"])
