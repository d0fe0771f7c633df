# No runbook runs this file: its handler is Lambda code by the naming convention.
import boto3


def handler(event, context):
    sns = boto3.client("sns")  # expect: LL302
    sns.publish(TopicArn=event["topic"], Message="bucket remediated")
