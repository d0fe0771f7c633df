# A module of the billing project's layer (layers/shared/python): on the path of billing's
# functions only. The shipping project beside it has a `ledger` module of its own.
import boto3


def record(entry):
    table = boto3.resource("dynamodb").Table("ledger")  # expect: LL302
    table.put_item(Item=entry)


def archive(entry):
    # No billing function calls this; shipping's `import ledger` must not reach it.
    bucket = boto3.client("s3")
    bucket.put_object(Bucket="ledger-archive", Key=entry["id"], Body=b"")
