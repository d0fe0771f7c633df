import os


def lambda_handler(event, context):
    return {"region": os.environ.get("AWS_REGION")}


if __name__ == "__main__":
    os.environ["AWS_REGION"] = "us-east-1"
    os.environ["AWS_LAMBDA_FUNCTION_NAME"] = "local"
    print(lambda_handler({}, None))
