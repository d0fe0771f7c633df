"""Retries with sleep until success: the loop can outlive the invocation."""
import time

import requests

session = requests.Session()


def lambda_handler(event, context):
    ok = False
    attempts = 0
    while not ok:  # expect: LL401
        attempts += 1
        resp = session.post(event["url"], json=event["payload"], timeout=5)
        ok = resp.status_code == 200
        if not ok:
            time.sleep(2 ** min(attempts, 5))  # expect: LL403
    return {"attempts": attempts}
