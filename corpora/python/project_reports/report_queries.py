"""Plain library code of a reporting job: no handler anywhere imports it, so no findings
even though it creates clients inside functions and loops forever."""
import time

import boto3


def poll_forever(job_id):
    athena = boto3.client("athena")
    while True:
        state = athena.get_query_execution(QueryExecutionId=job_id)["QueryExecution"]["Status"]
        if state["State"] != "RUNNING":
            return state
        time.sleep(1)
