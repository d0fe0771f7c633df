import time

import boto3

cfn = boto3.client("cloudformation")


def wait_stack(name):
    for _ in range(60):  # expect: LL405
        status = cfn.describe_stacks(StackName=name)["Stacks"][0]["StackStatus"]
        if status.endswith("_COMPLETE"):
            return status
        time.sleep(10)  # expect: LL403
    raise TimeoutError(name)


def handler(event, context):
    cfn.create_stack(StackName=event["name"], TemplateURL=event["template"])
    return {"status": wait_stack(event["name"])}
