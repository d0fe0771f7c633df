"""A Manager created at import time fails during init, before any invocation."""
import multiprocessing

manager = multiprocessing.Manager()  # expect: LL102
shared = manager.dict()


def lambda_handler(event, context):
    shared[event["id"]] = event
    return {"count": len(shared)}
