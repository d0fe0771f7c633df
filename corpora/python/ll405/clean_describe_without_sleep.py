import boto3

ec2 = boto3.client("ec2")


def lambda_handler(event, context):
    ids = []
    for page in ec2.get_paginator("describe_instances").paginate(Filters=event["filters"]):  # expect: LL401
        for reservation in page["Reservations"]:
            ids.extend(i["InstanceId"] for i in reservation["Instances"])
    status = ec2.describe_instance_status(InstanceIds=ids[:100])
    return {"ids": ids, "statuses": len(status["InstanceStatuses"])}
