# Imports a `ledger` that is not on its path (it is another project's layer): nothing to follow.
import ledger


def lambda_handler(event, context):
    ledger.archive({"id": event["id"]})
    return {"shipped": event["id"]}
