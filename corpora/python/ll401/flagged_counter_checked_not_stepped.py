"""Loops that look at a number in the body, but not a counter stepped by one: the exit depends on
the remote side (or on the clock), so the loop can run into the function timeout."""
import time

import boto3
import urllib3

http = urllib3.PoolManager()
glue = boto3.client("glue")


def wait_for_crawler(name):
    started = time.time()
    while True:  # expect: LL401
        state = glue.get_crawler(Name=name)["Crawler"]["State"]
        if state == "READY":
            return state
        if time.time() - started > 600:
            raise TimeoutError(name)
        time.sleep(10)  # expect: LL403


def drain(url):
    failures = 0
    while True:  # expect: LL401
        resp = http.request("GET", url, timeout=4.0)
        if resp.status == 204:
            break
        if failures >= 3:
            raise RuntimeError("too many failures")
        if resp.status >= 500:
            failures = 0
        time.sleep(1)  # expect: LL403


def lambda_handler(event, context):
    wait_for_crawler(event["crawler"])
    drain(event["url"])
