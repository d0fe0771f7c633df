import boto3


def handler(event, context):
    tagging = boto3.client("resourcegroupstaggingapi")
    tagging.tag_resources(ResourceARNList=["arn:aws:s3:::" + event["bucket"]], Tags={"remediated": "true"})
