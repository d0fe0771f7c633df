"""A helper returns the thread it started; the handler joins it."""
import threading


def start_upload(data):
    t = threading.Thread(target=print, args=(data,))  # expect: LL101
    t.start()
    return t


def lambda_handler(event, context):
    upload = start_upload(event["data"])
    upload.join()
    return {"ok": True}
