"""`describe_addresses` pages only in Snowball: on an EC2 client (its name says so) it returns every
Elastic IP at once."""
import boto3


class AddressJanitor:
    def __init__(self, client_ec2):
        self.client_ec2 = client_ec2

    def idle_addresses(self):
        addresses = self.client_ec2.describe_addresses().get("Addresses")
        return [a["AllocationId"] for a in addresses if "AssociationId" not in a]


JANITOR = AddressJanitor(boto3.client("ec2"))


def lambda_handler(event, context):
    return {"idle": JANITOR.idle_addresses()}
