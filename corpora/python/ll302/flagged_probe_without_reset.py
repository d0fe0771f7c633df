# The handler falls through to a new client when the probe fails but keeps the old connection
# object: the except arm neither returns nor resets, so what follows is not lazily guarded.
import boto3

_cached = None


def lookup(key):
    global _cached
    if _cached:
        try:
            return _cached[key]
        except KeyError:
            print("miss", key)
    table = boto3.resource("dynamodb").Table("settings")  # expect: LL302
    item = table.get_item(Key={"k": key}).get("Item", {})
    return item.get("v")


def lambda_handler(event, context):
    return {"value": lookup(event["key"])}
