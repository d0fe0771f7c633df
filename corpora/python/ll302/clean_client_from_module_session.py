"""The session's clients made once as well: at module scope, or behind a lazy guard; a session
built inside the function is reported once, at the session."""
import json

import boto3

session = boto3.session.Session()
secrets = session.client("secretsmanager")
_ssm = None


def ssm():
    global _ssm
    if _ssm is None:
        _ssm = session.client("ssm")
    return _ssm


def lambda_handler(event, context):
    creds = json.loads(secrets.get_secret_value(SecretId="prod/db")["SecretString"])
    flag = ssm().get_parameter(Name="/feature/x")["Parameter"]["Value"]
    return {"user": creds["username"], "flag": flag}
