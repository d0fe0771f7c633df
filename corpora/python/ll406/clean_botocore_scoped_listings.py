"""Operations botocore pages, called for a child collection that a quota keeps small, or for a
collection of one: not reported."""
import boto3

iam = boto3.client("iam")
guardduty = boto3.client("guardduty")
kms = boto3.client("kms")


def lambda_handler(event, context):
    user = event["detail"]["userName"]
    keys = iam.list_access_keys(UserName=user)["AccessKeyMetadata"]  # at most two per user
    detector = guardduty.list_detectors()["DetectorIds"]  # one per region
    policies = kms.list_key_policies(KeyId=event["key"])["PolicyNames"]  # only "default"
    return {"keys": [k["AccessKeyId"] for k in keys], "detectors": detector, "policies": policies}
