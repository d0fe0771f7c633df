failures = 0


def record_failure():
    global failures
    failures = failures + 1  # expect: LL202


def circuit_open():
    return failures >= 5


def lambda_handler(event, context):
    if circuit_open():
        return {"skipped": True}
    try:
        return {"result": int(event["value"])}
    except ValueError:
        record_failure()
        return {"error": "bad value"}
