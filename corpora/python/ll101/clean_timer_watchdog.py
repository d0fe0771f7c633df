"""A watchdog timer that reports a near-timeout, cancelled before the handler returns."""
import json
import threading

import boto3

sqs = boto3.client("sqs")


def warn_timeout(request_id):
    print(json.dumps({"level": "WARN", "msg": "about to time out", "request": request_id}))


def lambda_handler(event, context):
    seconds = max(context.get_remaining_time_in_millis() / 1000 - 2, 0)
    timer = threading.Timer(seconds, warn_timeout, args=(context.aws_request_id,))
    timer.start()
    try:
        for record in event["Records"]:
            sqs.send_message(QueueUrl=record["body"], MessageBody="ok")
    finally:
        timer.cancel()
    return {"ok": True}
