"""Helpers shared by a custom resource (app.py) and a per-event handler (events.py)."""
import time

import boto3


def enable_in_regions(regions):  # reached by app.py and provider.py
    for region in regions:
        client = boto3.client("securityhub", region_name=region)
        client.enable_security_hub()
        while client.describe_hub()["HubArn"] == "":
            time.sleep(2)


def wait_for_member(account_id):
    client = boto3.client("securityhub")  # expect: LL302
    while True:  # expect: LL401
        members = client.get_members(AccountIds=[account_id])["Members"]
        if members and members[0]["MemberStatus"] == "Enabled":
            return members[0]
        time.sleep(5)  # expect: LL403
