"""Example: the same kind of function written the Lambda way (no findings)."""
import io
import os

import boto3

s3 = boto3.client("s3")  # created once per execution environment
BUCKET = os.environ.get("THUMBNAIL_BUCKET", "thumbnails")


def lambda_handler(event, context):
    made = []
    for record in event["Records"]:
        key = record["s3"]["object"]["key"]
        if context.get_remaining_time_in_millis() < 5000:
            break
        data = s3.get_object(Bucket=record["s3"]["bucket"]["name"], Key=key)["Body"].read()
        s3.upload_fileobj(io.BytesIO(data[:1024]), BUCKET, f"thumb-{key}")
        made.append(key)
    return {"thumbnails": made}
