import os

import boto3

sts = boto3.client("sts")


def lambda_handler(event, context):
    creds = sts.assume_role(RoleArn=event["role"], RoleSessionName="x")["Credentials"]
    os.environ["AWS_ACCESS_KEY_ID"] = creds["AccessKeyId"]  # expect: LL508
    os.environ.update({"AWS_SECRET_ACCESS_KEY": creds["SecretAccessKey"], "AWS_SESSION_TOKEN": creds["SessionToken"]})  # expect: LL508, LL508
    return boto3.client("s3").list_buckets()["Buckets"]  # expect: LL302
