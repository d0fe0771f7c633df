import time

import boto3

ec2 = boto3.client("ec2")


def lambda_handler(event, context):
    ec2.start_instances(InstanceIds=[event["instance"]])
    while True:  # expect: LL405, LL401
        r = ec2.describe_instances(InstanceIds=[event["instance"]])
        if r["Reservations"][0]["Instances"][0]["State"]["Name"] == "running":
            break
        time.sleep(5)  # expect: LL403
    return {"started": event["instance"]}
