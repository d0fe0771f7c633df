"""Hashing a downloaded file in chunks: the loop ends at the end of a local file."""
import hashlib

import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    path = "/tmp/" + event["key"].replace("/", "_")
    s3.download_file(event["bucket"], event["key"], path)  # expect: LL203
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            digest.update(chunk)
    return {"sha256": digest.hexdigest()}
