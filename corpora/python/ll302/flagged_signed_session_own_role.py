"""An HTTP session signed with the function's own role, rebuilt on every invocation: nothing about
it is per caller, so it belongs at module scope."""
import boto3
import requests
from requests_aws4auth import AWS4Auth


def signed_session(region):
    session = requests.Session()  # expect: LL302
    creds = boto3.Session().get_credentials()  # expect: LL302
    session.auth = AWS4Auth(creds.access_key, creds.secret_key, region, "es", session_token=creds.token)
    return session


def lambda_handler(event, context):
    resp = signed_session(event["region"]).get(event["url"], timeout=10)
    return {"status": resp.status_code}
