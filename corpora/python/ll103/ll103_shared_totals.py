import threading

lock = threading.Lock()
totals = {}


def record(key, n):
    with lock:
        totals[key] = totals.get(key, 0) + n  # expect: LL201
