import os


def handler(event, context):
    os.putenv("LAMBDA_TASK_ROOT", "/opt/app")  # expect: LL508
    return {"fn": os.environ["AWS_LAMBDA_FUNCTION_NAME"]}
