"""`describe_addresses` on a Snowball client (its name says so) returns one page of addresses."""
import boto3


class Shipping:
    def __init__(self, snowball_client):
        self.snowball_client = snowball_client

    def address_ids(self):
        addresses = self.snowball_client.describe_addresses()["Addresses"]  # expect: LL406
        return [a["AddressId"] for a in addresses]


SHIPPING = Shipping(boto3.client("snowball"))


def lambda_handler(event, context):
    return {"addresses": SHIPPING.address_ids()}
