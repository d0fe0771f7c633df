"""Throttles every item with a sleep of its own, besides a bounded retry per item."""
import time

import requests


def notify_all(urls):
    for url in urls:  # expect: LL401
        tries = 0
        while True:
            if tries >= 3:
                break
            if requests.post(url, json={"ping": 1}, timeout=3).ok:
                break
            tries += 1
        time.sleep(1)  # expect: LL403


def handler(event, context):
    notify_all(event["urls"])
