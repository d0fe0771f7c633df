"""A counter in the condition that the body never advances: the retry is not counted at all."""
import time

import boto3

glue = boto3.client("glue")

LIMIT = 5


def lambda_handler(event, context):
    failures = 0
    while failures < LIMIT:  # expect: LL401
        state = glue.get_crawler(Name=event["crawler"])["Crawler"]["State"]
        if state == "READY":
            return {"state": state}
        time.sleep(10)  # expect: LL403
    return {"state": "GAVE_UP"}
