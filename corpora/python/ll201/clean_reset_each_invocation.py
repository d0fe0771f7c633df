from collections import deque

buffer = []
STATE = {"last_batch": None}


def flush():
    out = list(buffer)
    buffer.clear()
    return out


def lambda_handler(event, context):
    for record in event["Records"]:
        buffer.append(record["body"])
    STATE["last_batch"] = len(event["Records"])
    return flush()


latencies = deque(maxlen=100)


def ll201_track(ms):
    latencies.append(ms)
    return sum(latencies) / len(latencies)


def stats_handler(event, context):
    return {"avg": ll201_track(event["ms"])}
