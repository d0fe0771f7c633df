"""Looks up one named project; its only sleep belongs to a bounded retry of that one project."""
import random
import time

import requests


def replication_state(projects, wanted):
    for name in projects:
        if name != wanted:
            continue
        attempts = 0
        done = False
        while not done:
            if attempts > 5:
                return "GAVE_UP"
            time.sleep(random.uniform(0.5, 2))  # expect: LL403
            resp = requests.get("https://status.example.org/projects/" + name, timeout=4)
            if resp.ok:
                done = True
            else:
                attempts += 1
        return "READY"
    return "UNKNOWN"


def handler(event, context):
    return {"state": replication_state(event["projects"], event["project"])}
