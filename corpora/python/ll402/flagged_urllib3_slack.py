import json
import os

import urllib3
from botocore.vendored import requests

http = urllib3.PoolManager()
HOOK = os.environ["SLACK_HOOK"]


def lambda_handler(event, context):
    message = json.loads(event["Records"][0]["Sns"]["Message"])
    body = json.dumps({"text": message["AlarmName"]}).encode("utf-8")
    resp = http.request("POST", HOOK, body=body, headers={"Content-Type": "application/json"})  # expect: LL402
    requests.post(HOOK, data=body)  # expect: LL402
    return {"status": resp.status}
