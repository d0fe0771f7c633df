import http.client
import urllib.request

import requests

session = requests.Session()


def lambda_handler(event, context):
    a = requests.get(event["url"], timeout=(3.05, 10))
    b = session.post(event["hook"], json=a.json(), timeout=5)
    with urllib.request.urlopen(event["url"], None, 10) as resp:
        c = resp.read()
    conn = http.client.HTTPSConnection("example.com", 443, 5)
    return [a.status_code, b.status_code, len(c), conn.host]
