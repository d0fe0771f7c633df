import os
import threading

import boto3

s3 = boto3.client("s3")


class ProgressPercentage:
    def __init__(self, filename):
        self._size = float(os.path.getsize(filename))
        self._seen = 0
        self._lock = threading.Lock()

    def __call__(self, bytes_amount):
        with self._lock:
            self._seen += bytes_amount


def lambda_handler(event, context):
    path = event["path"]
    s3.upload_file(path, event["bucket"], event["key"], Callback=ProgressPercentage(path))
    return {"uploaded": event["key"]}
