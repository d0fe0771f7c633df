"""Suppressions that outlived the code they silenced: --fix deletes them."""
import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    # The client moved to module scope; this comment suppresses nothing now.
    # lambda-lint: ignore-next-line[LL302] -- legacy   # expect: LL001
    bucket = event["bucket"]
    listing = s3.list_objects_v2(Bucket=bucket, MaxKeys=1)  # lambda-lint: ignore[LL101]  # expect: LL001
    return listing  # lambda-lint: ignore  # expect: LL001
