"""An early return on a local connection is no lazy initialisation: the RDS client after it is
built on every call that gets that far."""
import boto3
import pymysql


def try_login(secret):
    try:
        return pymysql.connect(host=secret["host"], user=secret["username"],  # expect: LL302
                               password=secret["password"], connect_timeout=5)
    except pymysql.OperationalError:
        return None


def check_secret(secret):
    conn = try_login(secret)
    if conn:
        conn.close()
        return True
    rds = boto3.client("rds")  # expect: LL302
    rds.describe_db_instances(DBInstanceIdentifier=secret["dbInstanceIdentifier"])
    return False


def lambda_handler(event, context):
    return {"ok": check_secret(event["secret"])}
