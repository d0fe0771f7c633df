# A Flask service run by gunicorn, not by Lambda: no adapter, no handler, so no findings.
import boto3
import requests
from flask import Flask

app = Flask(__name__)


@app.route("/proxy/<path:rest>")
def proxy(rest):
    s3 = boto3.client("s3")
    s3.head_bucket(Bucket="assets")
    return requests.get(f"https://upstream.example.com/{rest}").text


if __name__ == "__main__":
    app.run(port=8080)
