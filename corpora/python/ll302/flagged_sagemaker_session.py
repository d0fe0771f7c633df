"""A SageMaker SDK session per invocation: a new boto3 session and SageMaker clients each time."""
import boto3
import sagemaker

sm = boto3.client("sagemaker")


def lambda_handler(event, context):
    session = sagemaker.Session(sagemaker_client=sm)  # expect: LL302
    return {"bucket": session.default_bucket(), "job": event["job"]}
