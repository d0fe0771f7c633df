import os

os.environ["TZ"] = "UTC"
os.environ["APP_REGION"] = os.environ.get("AWS_REGION", "us-east-1")
os.environ.setdefault("LOG_LEVEL", "INFO")


def lambda_handler(event, context):
    region = os.environ["AWS_REGION"]
    name = os.getenv("AWS_LAMBDA_FUNCTION_NAME")
    return {"region": region, "name": name}
