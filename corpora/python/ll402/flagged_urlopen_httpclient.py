import http.client
import json
import urllib.request


def lambda_handler(event, context):
    with urllib.request.urlopen(event["url"]) as resp:  # expect: LL402
        body = json.loads(resp.read())
    conn = http.client.HTTPSConnection("hooks.example.com")  # expect: LL402
    conn.request("POST", "/ingest", body=json.dumps(body))
    return conn.getresponse().status
