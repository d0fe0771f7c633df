"""A Lock from a spawn context still needs shared memory."""
import multiprocessing


def lambda_handler(event, context):
    ctx = multiprocessing.get_context("spawn")
    lock = ctx.Lock()  # expect: LL102
    with lock:
        return {"id": event["id"]}
