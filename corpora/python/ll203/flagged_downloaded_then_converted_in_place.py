# The image is downloaded and then resized over itself: one file left behind, reported once.
import os

import boto3
from PIL import Image

s3 = boto3.client("s3")


def lambda_handler(event, context):
    record = event["Records"][0]["s3"]
    bucket, key = record["bucket"]["name"], record["object"]["key"]
    local = f"/tmp/{os.path.basename(key)}"
    s3.download_file(bucket, key, local)  # expect: LL203
    with Image.open(local) as img:
        img.thumbnail((512, 512))
        img.save(local)
    s3.upload_file(local, bucket, f"small/{key}")
    return {"key": key}
