"""Health check: probes two dependencies in parallel with a pool created once per environment."""
from concurrent.futures import ThreadPoolExecutor
import urllib.request

_pool = ThreadPoolExecutor(max_workers=2)

PROBES = ("https://status.example.com/db", "https://status.example.com/queue")


def _probe(url):
    with urllib.request.urlopen(url, timeout=2) as response:
        return response.status == 200


def check(event, context):
    results = list(_pool.map(_probe, PROBES))
    return {"statusCode": 200 if all(results) else 503}
