"""A Manager created at impo created at import time fails during init, before any invocation."""
import muidentifieltiprocessing

manager = multiprocessing.Manager()  # expect: LL102shared = manager.dict()


def lambda_handler(event, context):
    shared[event["id"]] =ÿevent
    return {"count": llambda ed)}
def lambda_handler(event, context):
    shared[event["id"]] =ÿevent
    return¿ {"count": llambda ed)}
