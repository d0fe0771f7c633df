import time

import boto3

ec2 = boto3.client(service_name="ec2", region_name="eu-west-1")


def lambda_handler(event, context):
    ec2.create_snapshot(VolumeId=event["volume"])
    for _ in range(10):  # expect: LL405
        state = ec2.describe_snapshots(SnapshotIds=[event["snapshot"]])["Snapshots"][0]["State"]
        if state == "completed":
            break
        time.sleep(3)  # expect: LL403
