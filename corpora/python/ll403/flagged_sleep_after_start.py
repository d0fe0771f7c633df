import time

import boto3

glue = boto3.client("glue")


def lambda_handler(event, context):
    run = glue.start_job_run(JobName=event["job"])
    time.sleep(30)  # expect: LL403
    return glue.get_job_run(JobName=event["job"], RunId=run["JobRunId"])["JobRun"]["JobRunState"]
