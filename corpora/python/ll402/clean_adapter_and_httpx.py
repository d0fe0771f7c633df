import httpx
import requests
from requests.adapters import HTTPAdapter


class TimeoutAdapter(HTTPAdapter):
    def send(self, request, **kwargs):
        kwargs.setdefault("timeout", 5)
        return super().send(request, **kwargs)


http = requests.Session()
http.mount("https://", TimeoutAdapter())
client = httpx.Client()


def lambda_handler(event, context):
    a = http.get(event["url"])
    b = client.get(event["other"])
    return [a.status_code, b.status_code]
