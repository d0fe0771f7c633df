"""The client is created once per execution environment, at module scope."""
import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    body = s3.get_object(Bucket=event["bucket"], Key=event["key"])["Body"].read()
    return {"bytes": len(body)}
