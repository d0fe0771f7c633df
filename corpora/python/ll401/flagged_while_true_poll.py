"""Polls a job until it finishes, with no eye on the remaining time."""
import time

import boto3

glue = boto3.client("glue")


def lambda_handler(event, context):
    run_id = glue.start_job_run(JobName=event["job"])["JobRunId"]
    while True:  # expect: LL401
        state = glue.get_job_run(JobName=event["job"], RunId=run_id)["JobRun"]["JobRunState"]
        if state in ("SUCCEEDED", "FAILED", "STOPPED"):
            return {"state": state}
        time.sleep(5)  # expect: LL403
