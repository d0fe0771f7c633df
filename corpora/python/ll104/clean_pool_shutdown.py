"""Submitted work, then shutdown(wait=True) before returning."""
from concurrent.futures import ThreadPoolExecutor


def double(x):
    return 2 * x


def lambda_handler(event, context):
    pool = ThreadPoolExecutor(max_workers=2)  # expect: LL101
    futures = [pool.submit(double, x) for x in event["xs"]]
    pool.shutdown(wait=True)
    return {"ys": [f.result() for f in futures]}
