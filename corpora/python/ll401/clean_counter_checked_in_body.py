"""Retries whose attempt counter is checked inside the body: each loop ends after a fixed number of
tries, whatever the remote side answers."""
import sys
import time

import boto3
import urllib3

http = urllib3.PoolManager()
sqs = boto3.client("sqs")


def post_until_accepted(url, body, limit=3):
    attempt = 1
    while True:
        resp = http.request("POST", url, body=body, timeout=4.0)
        if resp.status < 300:
            return resp
        if attempt >= limit:
            raise RuntimeError(f"rejected {attempt} times")
        attempt += 1
        time.sleep(1)  # expect: LL403


def wait_for_code(generate):
    code = generate()
    n = 0
    while len(code) != 6:
        time.sleep(2)  # expect: LL403
        code = generate()
        n = n + 1
        if n > 10:
            break
    return code


def send_with_budget(queue_url, body):
    budget = 4
    while budget:
        try:
            return sqs.send_message(QueueUrl=queue_url, MessageBody=body)
        except sqs.exceptions.ClientError:
            time.sleep(0.5)
            budget -= 1
    return None


def confirm(check):
    tries = 0
    while check() != "ok":
        time.sleep(1)  # expect: LL403
        tries += 1
        if tries == 8:
            print("giving up")
            sys.exit(1)


def lambda_handler(event, context):
    post_until_accepted(event["url"], event["body"])
    wait_for_code(lambda: event.get("code", "123456"))
    send_with_budget(event["queue"], "done")
    confirm(lambda: "ok")
    return {"ok": True}
