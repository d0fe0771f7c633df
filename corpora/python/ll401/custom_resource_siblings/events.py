"""A per-event handler next to the custom resource: what it reaches is reported as usual."""
from org_setup import wait_for_member


def lambda_handler(event, context):
    return wait_for_member(event["detail"]["accountId"])
