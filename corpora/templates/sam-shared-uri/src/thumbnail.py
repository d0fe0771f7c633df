import io

import boto3
from PIL import Image

s3 = boto3.client("s3")


def handler(event, context):
    record = event["Records"][0]["s3"]
    body = s3.get_object(Bucket=record["bucket"]["name"], Key=record["object"]["key"])["Body"].read()
    image = Image.open(io.BytesIO(body))
    image.thumbnail((256, 256))
    out = io.BytesIO()
    image.save(out, format="PNG")
    s3.put_object(Bucket=record["bucket"]["name"], Key="thumbs/" + record["object"]["key"], Body=out.getvalue())
    return {"ok": True}
