"""Helpers shipped in the template's layer (common/python/): the handler imports them by name."""
import boto3

SESSION = boto3.Session()


def ledger_table(name):
    return boto3.resource("dynamodb").Table(name)  # expect: LL302


def ledger_queue():
    return SESSION.client("sqs")
