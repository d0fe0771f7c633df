"""Paginated operations beyond the hand-picked ones, known from botocore's paginator definitions."""
import boto3

apigw = boto3.client("apigateway")
codecommit = boto3.client("codecommit")
ec2 = boto3.client("ec2")


def lambda_handler(event, context):
    plans = apigw.get_usage_plans()["items"]  # expect: LL406
    keys = apigw.get_usage_plan_keys(usagePlanId=event["plan"])  # expect: LL406
    repos = codecommit.list_repositories()["repositories"]  # expect: LL406
    # EC2 returns every result unless MaxResults is passed
    vpcs = ec2.describe_vpcs()["Vpcs"]
    return {
        "plans": [p["id"] for p in plans],
        "keys": [k["id"] for k in keys["items"]],
        "repos": [r["repositoryName"] for r in repos],
        "vpcs": len(vpcs),
    }
