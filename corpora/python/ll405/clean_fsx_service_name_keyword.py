# FSx has no boto3 waiters: a client named through `service_name=` must not be taken for EC2
# just because `describe_snapshots` is also an EC2 operation.
import time

import boto3

session = boto3.session.Session()
fsx = session.client(service_name="fsx")


def lambda_handler(event, context):
    snap = fsx.create_snapshot(Name=event["name"], VolumeId=event["volume"])["Snapshot"]
    for attempt in range(6):
        time.sleep(5)  # expect: LL403
        found = fsx.describe_snapshots(SnapshotIds=[snap["SnapshotId"]])["Snapshots"]
        if found and found[0]["Lifecycle"] == "AVAILABLE":
            return {"ready": True, "attempts": attempt + 1}
    return {"ready": False}
