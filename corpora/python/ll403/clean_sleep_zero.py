import time


def lambda_handler(event, context):
    out = []
    for record in event["Records"]:
        out.append(record["body"].upper())
        time.sleep(0)
    return out
