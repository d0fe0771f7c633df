"""Secrets lookup with the session made once at module scope - but `session.client(...)` builds a
new client (credential chain, endpoint resolution, connection pool) on every call."""
import json

import boto3

session = boto3.session.Session()


def get_secret(name):
    client = session.client(service_name="secretsmanager", region_name=session.region_name)  # expect: LL302
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


def lambda_handler(event, context):
    creds = get_secret("prod/db")
    return {"user": creds["username"]}
