"""A custom resource that waits for a certificate on Create: it runs once per deployment."""
import json
import time
import urllib.request

import boto3

acm = boto3.client("acm")


def respond(event, status):
    body = json.dumps({"Status": status, "PhysicalResourceId": event["LogicalResourceId"],
                       "StackId": event["StackId"], "RequestId": event["RequestId"],
                       "LogicalResourceId": event["LogicalResourceId"]}).encode()
    req = urllib.request.Request(event["ResponseURL"], data=body, method="PUT")
    urllib.request.urlopen(req, timeout=10)


def lambda_handler(event, context):
    if event["RequestType"] in ("Create", "Update"):
        arn = event["ResourceProperties"]["CertificateArn"]
        for _ in range(30):  # expect: LL405
            cert = acm.describe_certificate(CertificateArn=arn)["Certificate"]
            if cert["Status"] == "ISSUED":
                break
            time.sleep(10)
    respond(event, "SUCCESS")
