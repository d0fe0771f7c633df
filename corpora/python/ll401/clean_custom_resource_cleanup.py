"""A CloudFormation custom resource that empties a bucket on Delete. It runs a few times per
deployment, not per request: polling, sleeping and a client per call are not the concern here."""
import time

import boto3
import cfnresponse


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    if event["RequestType"] == "Delete":
        bucket = event["ResourceProperties"]["Bucket"]
        while True:
            listing = s3.list_object_versions(Bucket=bucket)
            keys = [{"Key": v["Key"], "VersionId": v["VersionId"]} for v in listing.get("Versions", [])]
            if not keys:
                break
            s3.delete_objects(Bucket=bucket, Delete={"Objects": keys})
            time.sleep(1)
    cfnresponse.send(event, context, cfnresponse.SUCCESS, {})
