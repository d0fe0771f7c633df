import json
import os

import urllib3

http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2.0, read=5.0), retries=2)
HOOK = os.environ["TEAMS_HOOK"]


def lambda_handler(event, context):
    body = json.dumps({"text": event["detail"]["state"]}).encode("utf-8")
    resp = http.request("POST", HOOK, body=body)
    return {"status": resp.status}
