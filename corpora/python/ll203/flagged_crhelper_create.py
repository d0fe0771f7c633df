"""A crhelper custom resource unpacks assets under /tmp and leaves them: the next Create or Update
served by the same environment finds them still there."""
import os
import shutil
import tempfile

import boto3
from crhelper import CfnResource

s3 = boto3.client("s3")
helper = CfnResource()


def stage(bucket, key):
    work = tempfile.mkdtemp()  # expect: LL203
    archive = os.path.join(work, "bundle.zip")
    s3.download_file(bucket, key, archive)
    shutil.unpack_archive(archive, work)
    return work


@helper.create
@helper.update
def deploy(event, _):
    props = event["ResourceProperties"]
    return stage(props["Bucket"], props["Key"])


def on_event(event, context):
    helper(event, context)
