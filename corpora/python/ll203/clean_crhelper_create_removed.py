"""A crhelper custom resource that unpacks its assets in a directory removed afterwards."""
import os
import shutil
import tempfile

import boto3
from crhelper import CfnResource

s3 = boto3.client("s3")
helper = CfnResource()


def count_files(bucket, key):
    work = tempfile.mkdtemp()
    try:
        archive = os.path.join(work, "bundle.zip")
        s3.download_file(bucket, key, archive)
        shutil.unpack_archive(archive, work)
        return len(os.listdir(work))
    finally:
        shutil.rmtree(work, ignore_errors=True)


@helper.create
def deploy(event, _):
    props = event["ResourceProperties"]
    helper.Data["Files"] = count_files(props["Bucket"], props["Key"])


def on_event(event, context):
    helper(event, context)
