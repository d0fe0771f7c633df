"""Per-caller HTTP sessions signed with an assumed role's credentials read with `.get()`: each
caller's session carries that caller's signature, so it cannot be shared at module scope."""
import boto3
import requests
from requests_aws4auth import AWS4Auth

sts = boto3.client("sts")


def signed_session(creds, region):
    session = requests.Session()
    session.auth = AWS4Auth(
        refreshable_credentials=boto3.Session(
            aws_access_key_id=creds.get("AccessKeyId"),
            aws_secret_access_key=creds.get("SecretAccessKey"),
            aws_session_token=creds.get("SessionToken"),
        ).get_credentials(),
        region=region,
        service="es",
    )
    return session


def lambda_handler(event, context):
    assumed = sts.assume_role(RoleArn=event["role_arn"], RoleSessionName="search")
    creds = assumed.get("Credentials", {})
    resp = signed_session(creds, event["region"]).get(event["url"], timeout=10)
    return {"status": resp.status_code}
