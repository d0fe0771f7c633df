# Nightly stop of tagged instances. EC2's Describe* calls return every match when MaxResults is
# not passed; they page only when the caller asks for pages.
import os

import boto3

ec2 = boto3.client("ec2")
TAG = os.environ.get("SCHEDULE_TAG", "office-hours")


def lambda_handler(event, context):
    reservations = ec2.describe_instances(
        Filters=[
            {"Name": f"tag:{TAG}", "Values": ["true"]},
            {"Name": "instance-state-name", "Values": ["running"]},
        ]
    )["Reservations"]
    ids = [i["InstanceId"] for r in reservations for i in r["Instances"]]
    orphans = [v["VolumeId"] for v in ec2.describe_volumes(
        Filters=[{"Name": "status", "Values": ["available"]}])["Volumes"]]
    if ids:
        ec2.stop_instances(InstanceIds=ids)
    return {"stopped": ids, "unattached_volumes": orphans}
