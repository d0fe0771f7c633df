"""A rotation function still builds its AWS SDK client on every step: only its database logins
depend on the secret being rotated."""
import boto3
import psycopg2


def set_password(arn, token):
    sm = boto3.client("secretsmanager")  # expect: LL302
    pending = sm.get_secret_value(SecretId=arn, VersionId=token, VersionStage="AWSPENDING")
    conn = psycopg2.connect(pending["SecretString"], connect_timeout=5)
    conn.close()


def lambda_handler(event, context):
    step = event["Step"]
    if step == "setSecret":
        set_password(event["SecretId"], event["ClientRequestToken"])
