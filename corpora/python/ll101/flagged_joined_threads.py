"""Threads per invocation: joined (so not LL104), but still created on every request."""
import threading

import urllib.request


def fetch(url, out):
    with urllib.request.urlopen(url, timeout=5) as resp:
        out.append(resp.status)


def handler(event, context):
    statuses = []
    threads = []
    for url in event["urls"]:
        t = threading.Thread(target=fetch, args=(url, statuses))  # expect: LL101
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    return {"statuses": statuses}
