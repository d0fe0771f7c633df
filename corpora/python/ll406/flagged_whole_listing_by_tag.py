"""Listings that are not bounded: every managed instance with a tag, and every role of the
account, read from the first page only."""
import boto3

iam = boto3.client("iam")
ssm = boto3.client("ssm")


def tagged_agents(env):
    resp = ssm.describe_instance_information(  # expect: LL406
        Filters=[{"Key": "tag:Environment", "Values": [env]}],
    )
    return [i["InstanceId"] for i in resp["InstanceInformationList"]]


def lambda_handler(event, context):
    names = [r["RoleName"] for r in iam.list_roles()["Roles"]]  # expect: LL406
    return {"roles": names, "agents": tagged_agents(event["env"])}
