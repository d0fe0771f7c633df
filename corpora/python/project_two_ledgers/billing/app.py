import ledger


def lambda_handler(event, context):
    ledger.record({"id": event["id"], "amount": event["amount"]})
    return {"ok": True}
