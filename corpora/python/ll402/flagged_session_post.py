import os

import requests

session = requests.Session()
WEBHOOK = os.environ["SLACK_WEBHOOK"]


def notify(text):
    return session.post(WEBHOOK, json={"text": text})  # expect: LL402


def handler(event, context):
    for record in event["Records"]:
        notify(record["Sns"]["Message"])
    return {"notified": len(event["Records"])}
