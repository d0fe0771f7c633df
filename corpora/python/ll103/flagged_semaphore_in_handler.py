import threading


def lambda_handler(event, context):
    gate = threading.BoundedSemaphore(4)  # expect: LL103
    results = []
    for item in event["items"]:
        with gate:
            results.append(item * 2)
    return results
