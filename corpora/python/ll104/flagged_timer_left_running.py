"""A timer started per invocation and never cancelled: it fires, or freezes, after the response."""
import threading

import boto3

cloudwatch = boto3.client("cloudwatch")


def flush_metrics(name):
    cloudwatch.put_metric_data(Namespace="app", MetricData=[{"MetricName": name, "Value": 1}])


def lambda_handler(event, context):
    timer = threading.Timer(5.0, flush_metrics, args=(event["name"],))  # expect: LL101, LL104
    timer.start()
    return {"scheduled": True}
