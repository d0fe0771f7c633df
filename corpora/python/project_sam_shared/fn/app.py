"""Uses the layer's helpers: what they build per call is built per invocation."""
from ledger_clients import ledger_queue, ledger_table

try:
    from orphan_helpers import archive_client  # a local tool, not deployed
except ImportError:
    archive_client = None

QUEUE = ledger_queue()


def lambda_handler(event, context):
    ledger_table(event["table"]).put_item(Item={"pk": event["id"]})
    QUEUE.send_message(QueueUrl=event["queue"], MessageBody=event["id"])
    return {"ok": True}
