"""HTTP calls without a timeout: --fix --unsafe-fixes adds `timeout=10`."""
import urllib.request

import requests


def lambda_handler(event, context):
    token = requests.post(  # expect: LL402
        "https://auth.example.com/token",
        data={"grant_type": "client_credentials"},
    )
    # expect-next-line: LL402
    order = requests.get(f"https://api.example.com/orders/{event['id']}")
    # expect-next-line: LL402
    with urllib.request.urlopen("https://status.example.com/") as status:
        healthy = status.status == 200
    # `timeout=None` waits forever too, but which value to put there is a choice: no fix
    requests.delete(f"https://api.example.com/locks/{event['id']}", timeout=None)  # expect: LL402
    return {"token": token.json(), "order": order.json(), "healthy": healthy}
