"""The SageMaker SDK session is built once per execution environment."""
import sagemaker

SESSION = sagemaker.Session()


def lambda_handler(event, context):
    return {"bucket": SESSION.default_bucket(), "job": event["job"]}
