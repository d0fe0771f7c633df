"""Imports the helper layer's module by name, as Lambda puts /opt/python on the path."""
from scan_helper import analyze, notify, s3_client


def lambda_handler(event, context):
    s3_client().head_object(Bucket=event["bucket"], Key=event["key"])
    result = analyze(event["bucket"], event["key"])
    notify(event["callback"], str(len(result["Blocks"])).encode())
    return {"blocks": len(result["Blocks"])}
