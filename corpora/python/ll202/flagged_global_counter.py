import boto3

sns = boto3.client("sns")
invocations = 0
LIMIT = 1000


def handler(event, context):
    global invocations
    invocations += 1  # expect: LL202
    if invocations > LIMIT:
        return {"statusCode": 429, "body": "rate limited"}
    sns.publish(TopicArn=event["topic"], Message=event["message"])
    return {"statusCode": 200}
