import os

os.environ.setdefault("AWS_LAMBDA_FUNCTION_NAME", "local-dev")  # expect: LL508


def handler(event, context):
    os.putenv("LAMBDA_TASK_ROOT", "/opt/app")  # expect: LL508
    return {"fn": os.environ["AWS_LAMBDA_FUNCTION_NAME"]}
