import json

import requests

API = "https://api.example.com/rates"


def lambda_handler(event, context):
    resp = requests.get(API, params={"base": event["currency"]})  # expect: LL402
    resp.raise_for_status()
    requests.post(API + "/audit", json=event, timeout=None)  # expect: LL402
    return {"statusCode": 200, "body": json.dumps(resp.json())}
