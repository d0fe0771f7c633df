"""One client per region, kept in a module-level dict: built once per region per environment."""
import boto3

_by_region = {}


def ec2_for(region):
    found = _by_region.get(region)
    if found:
        return found
    found = boto3.client("ec2", region_name=region)
    _by_region[region] = found
    return found


def lambda_handler(event, context):
    return ec2_for(event["region"]).describe_regions()["Regions"]
