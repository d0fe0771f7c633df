"""A python/ folder no template declares as a layer: not deployed with the function, so the
handler's import of it does not resolve here and nothing in it is handler code."""
import boto3


def archive_client():
    return boto3.client("s3")
