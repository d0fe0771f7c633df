"""Per-account sessions from assumed-role credentials handed over as a dict: they belong to this
invocation's caller and cannot be hoisted to module scope."""
import boto3

sts = boto3.client("sts")


def credentials_for(account_id):
    role = f"arn:aws:iam::{account_id}:role/auditor"
    creds = sts.assume_role(RoleArn=role, RoleSessionName="audit")["Credentials"]
    return {
        "aws_access_key_id": creds["AccessKeyId"],
        "aws_secret_access_key": creds["SecretAccessKey"],
        "aws_session_token": creds["SessionToken"],
    }


def lambda_handler(event, context):
    found = {}
    for account_id in event["accounts"]:
        session = boto3.Session(**credentials_for(account_id))
        found[account_id] = len(session.client("iam").list_users()["Users"])  # expect: LL406
    return found
