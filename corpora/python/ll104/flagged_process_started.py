"""A process started for cleanup and left running."""
from multiprocessing import Process


def cleanup(prefix):
    print("cleaning", prefix)


def lambda_handler(event, context):
    p = Process(target=cleanup, args=(event["prefix"],))  # expect: LL104
    p.start()
    return {"ok": True}
