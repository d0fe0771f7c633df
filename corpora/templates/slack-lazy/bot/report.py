import json
import os

import boto3

athena = boto3.client("athena")


def handler(event, context):
    run = athena.start_query_execution(QueryString="SELECT count(*) FROM orders",
                                       WorkGroup=os.environ.get("WORKGROUP", "primary"))
    return {"statusCode": 202, "body": json.dumps({"query": run["QueryExecutionId"]})}
