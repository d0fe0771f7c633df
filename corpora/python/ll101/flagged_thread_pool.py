"""Thumbnails rendered in a thread pool created per invocation (and joined by `with`)."""
from concurrent.futures import ThreadPoolExecutor

from thumbs_render import render


def lambda_handler(event, context):
    keys = [r["s3"]["object"]["key"] for r in event["Records"]]
    with ThreadPoolExecutor(max_workers=8) as pool:  # expect: LL101
        results = list(pool.map(render, keys))
    return {"rendered": len(results)}
