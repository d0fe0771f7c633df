"""Started and joined before returning."""
import threading


def warm(name):
    print("warming", name)


def lambda_handler(event, context):
    t = threading.Thread(target=warm, args=(event["name"],))  # expect: LL101
    t.start()
    t.join(timeout=context.get_remaining_time_in_millis() / 1000 - 1)
    return {"ok": True}
