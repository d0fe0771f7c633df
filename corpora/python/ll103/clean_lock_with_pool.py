import threading
from concurrent.futures import ThreadPoolExecutor

_lock = threading.Lock()
_totals = {"bytes": 0}
_pool = ThreadPoolExecutor(max_workers=2)


def add(n):
    with _lock:
        _totals["bytes"] += n
    return n


def lambda_handler(event, context):
    return sum(_pool.map(add, event["sizes"]))
