"""A Secrets Manager rotation function logs in with the credentials it is rotating: a database
connection kept at module scope would hold the old password."""
import json

import boto3
import pymysql

secrets = boto3.client("secretsmanager")


def login(creds):
    return pymysql.connect(host=creds["host"], user=creds["username"],
                           password=creds["password"], connect_timeout=5)


def test_secret(arn, token):
    pending = json.loads(secrets.get_secret_value(SecretId=arn, VersionId=token,
                                                  VersionStage="AWSPENDING")["SecretString"])
    conn = login(pending)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1")
    finally:
        conn.close()


def lambda_handler(event, context):
    if event["Step"] == "testSecret":
        test_secret(event["SecretId"], event["ClientRequestToken"])
