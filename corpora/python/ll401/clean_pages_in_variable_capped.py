"""A page iterator held in a variable but capped with MaxItems: a bounded listing."""
import boto3

logs = boto3.client("logs")


def recent_groups():
    pager = logs.get_paginator("describe_log_groups")
    pages = pager.paginate(PaginationConfig={"MaxItems": 20, "PageSize": 20})
    names = []
    for page in pages:
        names += [g["logGroupName"] for g in page["logGroups"]]
    return names


def lambda_handler(event, context):
    return recent_groups()
