import os

import boto3

dynamodb = boto3.client("dynamodb")
TABLE = os.environ["TABLE"]


def lambda_handler(event, context):
    everything = dynamodb.execute_statement(  # expect: LL406
        Statement=f'SELECT id, title FROM "{TABLE}"'
    )
    one = dynamodb.execute_statement(
        Statement=f'SELECT * FROM "{TABLE}" WHERE id = ?',
        Parameters=[{"S": event["id"]}],
    )
    return {"all": everything["Items"], "one": one["Items"]}
