import boto3

s3 = boto3.client("s3")
BUCKET = "landing-zone"


def lambda_handler(event, context):
    resp = s3.list_objects_v2(Bucket=BUCKET, Prefix=event["prefix"])  # expect: LL406
    keys = [obj["Key"] for obj in resp.get("Contents", [])]
    return {"keys": keys}
