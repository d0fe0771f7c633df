import os


def lambda_handler(event, context):
    trace = event.get("headers", {}).get("X-Amzn-Trace-Id")
    if trace:
        os.environ["_X_AMZN_TRACE_ID"] = trace
    del os.environ["AWS_REGION"]
    return {"ok": True}
