"""Clean: a loop over languages that checks the bucket exists (a waiter-capable call, reached through
a helper) and pages a third-party API with a pause between pages: it waits for no resource's state."""
import time

import boto3
import requests

s3 = boto3.client("s3")


def bucket():
    s3.head_bucket(Bucket="fact-checks")
    return "fact-checks"


def lambda_handler(event, context):
    for language in event["languages"]:  # expect: LL401
        s3.put_object(Bucket=bucket(), Key=f"{language}/started", Body=b"")
        token = ""
        while True:
            page = requests.get("https://api.example.com/claims", params={"lang": language, "page": token}, timeout=5).json()
            token = page.get("next", "")
            if not token:
                break
            time.sleep(1)  # expect: LL403
