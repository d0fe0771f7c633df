"""A crhelper custom resource: it runs on stack create/update/delete, a few times per deployment."""
import boto3
from crhelper import CfnResource

helper = CfnResource()


@helper.create
@helper.update
def put_config(event, _):
    ssm = boto3.client("ssm")
    ssm.put_parameter(Name=event["ResourceProperties"]["Name"], Value="on", Type="String", Overwrite=True)


@helper.delete
def remove_config(event, _):
    boto3.client("ssm").delete_parameter(Name=event["ResourceProperties"]["Name"])


def handler(event, context):
    helper(event, context)
