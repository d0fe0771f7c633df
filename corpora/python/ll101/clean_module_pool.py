"""The pool is created once per environment and reused by every invocation."""
from concurrent.futures import ThreadPoolExecutor

POOL = ThreadPoolExecutor(max_workers=2)


def work(item):
    return item * 2


def lambda_handler(event, context):
    return {"doubled": list(POOL.map(work, event["items"]))}
