"""A custom-resource handler that reads no RequestType itself: it hands the event to a project
helper that does, so what it reaches runs per deployment too."""
from cfn_dispatch import dispatch
from org_setup import enable_in_regions


def lambda_handler(event, context):
    enable_in_regions(event["ResourceProperties"]["Regions"].split(","))
    return dispatch(event, context)
