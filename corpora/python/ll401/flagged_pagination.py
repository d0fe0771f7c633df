"""Walks every object of a bucket in one invocation."""
import boto3

s3 = boto3.client("s3")


def tag_all(bucket):
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=bucket):  # expect: LL401
        for obj in page.get("Contents", []):
            s3.put_object_tagging(Bucket=bucket, Key=obj["Key"],
                                  Tagging={"TagSet": [{"Key": "seen", "Value": "1"}]})


def handler(event, context):
    tag_all(event["bucket"])
    return {"done": True}
