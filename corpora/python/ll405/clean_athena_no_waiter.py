import time

import boto3

athena = boto3.client("athena")


def lambda_handler(event, context):
    qid = athena.start_query_execution(QueryString=event["sql"])["QueryExecutionId"]
    while context.get_remaining_time_in_millis() > 10_000:
        state = athena.get_query_execution(QueryExecutionId=qid)["QueryExecution"]["Status"]["State"]
        if state in ("SUCCEEDED", "FAILED", "CANCELLED"):
            return state
        time.sleep(1)  # expect: LL403
    return "RUNNING"
