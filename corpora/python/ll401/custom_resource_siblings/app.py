"""A crhelper custom resource whose work lives in a sibling module: that module's loops, sleeps
and clients run a few times per deployment too, so they are not reported."""
from crhelper import CfnResource

from org_setup import enable_in_regions

helper = CfnResource()


@helper.create
@helper.update
def create(event, _):
    enable_in_regions(event["ResourceProperties"]["Regions"].split(","))


def lambda_handler(event, context):
    enable_in_regions(event["ResourceProperties"]["Regions"].split(","))
    helper(event, context)
