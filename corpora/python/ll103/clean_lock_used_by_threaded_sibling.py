import threading

from ll103_shared_totals import record


def lambda_handler(event, context):
    workers = [threading.Thread(target=record, args=(k, 1)) for k in event["keys"]]  # expect: LL101
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return {"done": len(workers)}
