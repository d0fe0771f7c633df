"""A retry around IAM calls that sleeps only when a call failed: it retries an error (eventual
consistency of a freshly made role), it does not wait for a state, and no waiter would replace it."""
import json
import random
import time

import boto3

iam = boto3.client("iam")


def trust_service(role_name, service, attempts=4):
    while attempts:
        try:
            role = iam.get_role(RoleName=role_name)["Role"]
            policy = role["AssumeRolePolicyDocument"]
            policy["Statement"].append(
                {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"})
            iam.update_assume_role_policy(RoleName=role_name, PolicyDocument=json.dumps(policy))
            return True
        except iam.exceptions.NoSuchEntityException:
            time.sleep(random.uniform(0.5, 2.0))
            attempts -= 1
    return False


def lambda_handler(event, context):
    return {"trusted": trust_service(event["role"], "events.amazonaws.com")}
