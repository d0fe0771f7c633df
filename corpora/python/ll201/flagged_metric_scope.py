from aws_embedded_metrics import metric_scope

recent_batches = []


@metric_scope
def handler(event, context, metrics):
    records = event["Records"]
    recent_batches.append([r["messageId"] for r in records])  # expect: LL201
    metrics.put_metric("BatchesSeen", len(recent_batches), "Count")
    return {"batchItemFailures": []}
