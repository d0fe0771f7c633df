"""Nightly report, written the Lambda way: the client is made once per environment."""
import datetime
import os

import boto3

s3 = boto3.client("s3")


def build(event, context):
    day = datetime.date.today().isoformat()
    s3.put_object(Bucket=os.environ.get("REPORTS_BUCKET", "reports"), Key=f"daily/{day}.txt",
                  Body=f"report for {day}".encode())
    return {"day": day}
