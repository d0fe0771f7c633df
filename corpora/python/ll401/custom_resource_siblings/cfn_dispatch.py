"""Answers CloudFormation for provider.py, without cfnresponse."""
import json
import urllib.request


def dispatch(event, context):
    body = json.dumps({"Status": "SUCCESS", "Reason": event["RequestType"] + " done",
                       "PhysicalResourceId": context.log_stream_name, "StackId": event["StackId"],
                       "RequestId": event["RequestId"], "LogicalResourceId": event["LogicalResourceId"]})
    request = urllib.request.Request(event["ResponseURL"], data=body.encode(), method="PUT")
    return urllib.request.urlopen(request, timeout=10).status
