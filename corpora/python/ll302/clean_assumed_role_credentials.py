# A session per target account, built from the credentials this invocation assumed, cannot be
# hoisted to module scope; the STS client itself can, and is.
import os

import boto3

sts = boto3.client("sts")


def tag_account(account_id, tags):
    creds = sts.assume_role(
        RoleArn=f"arn:aws:iam::{account_id}:role/{os.environ['ROLE_NAME']}",
        RoleSessionName="tagger",
    )["Credentials"]
    session = boto3.Session(
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )
    org = session.client("organizations")
    org.tag_resource(ResourceId=account_id, Tags=tags)
    ssm = boto3.client(
        "ssm",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )
    ssm.put_parameter(Name="/tags/applied", Value="yes", Type="String", Overwrite=True)


def lambda_handler(event, context):
    for account in event["accounts"]:
        tag_account(account["id"], account["tags"])
    helper = boto3.client("sts")  # expect: LL302
    return helper.get_caller_identity()["Account"]
