"""The handler calls a helper that builds a session and client each time."""
import boto3


def publish(message):
    session = boto3.Session()  # expect: LL302
    sns = session.client("sns")
    sns.publish(TopicArn="arn:aws:sns:eu-west-1:123456789012:alerts", Message=message)


def notify_handler(event, context):
    for record in event["Records"]:
        publish(record["body"])
    return {"published": len(event["Records"])}
