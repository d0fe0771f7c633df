"""Example: an order-processing function with the mistakes lambda-lint exists to catch."""
import json
import threading
import time

import boto3


def record_metric(name):
    cloudwatch = boto3.client("cloudwatch")  # expect: LL302
    cloudwatch.put_metric_data(Namespace="orders", MetricData=[{"MetricName": name, "Value": 1}])


def wait_for_payment(payments, order_id):
    while True:  # expect: LL401
        status = payments.get_item(Key={"order_id": order_id}).get("Item", {}).get("status")
        if status == "PAID":
            return status
        time.sleep(2)  # expect: LL403


def lambda_handler(event, context):
    dynamodb = boto3.resource("dynamodb")  # expect: LL302
    payments = dynamodb.Table("payments")
    order = json.loads(event["body"])
    status = wait_for_payment(payments, order["id"])
    threading.Thread(target=record_metric, args=("order_paid",)).start()  # expect: LL101, LL104
    return {"statusCode": 200, "body": json.dumps({"status": status})}
