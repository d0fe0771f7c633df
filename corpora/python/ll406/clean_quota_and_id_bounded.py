"""Listings that one page always holds: children an IAM quota caps below the page size, and a
filter naming the one instance wanted."""
import boto3

iam = boto3.client("iam")
ssm = boto3.client("ssm")


def detach_all(role_name):
    attached = iam.list_attached_role_policies(RoleName=role_name)["AttachedPolicies"]
    for policy in attached:
        iam.detach_role_policy(RoleName=role_name, PolicyArn=policy["PolicyArn"])
    return [k["AccessKeyId"] for k in iam.list_access_keys(UserName=role_name)["AccessKeyMetadata"]]


def agent_status(instance_id):
    info = ssm.describe_instance_information(
        Filters=[{"Key": "InstanceIds", "Values": [instance_id]}],
    )["InstanceInformationList"]
    return [i["PingStatus"] for i in info]


def platform_of(instance_id):
    by_id = {"Key": "InstanceIds", "Values": [instance_id]}
    listing = ssm.describe_instance_information(Filters=[by_id])["InstanceInformationList"]
    return {i["InstanceId"]: i["PlatformType"] for i in listing}


def lambda_handler(event, context):
    detach_all(event["role"])
    platform_of(event["instance"])
    return agent_status(event["instance"])
