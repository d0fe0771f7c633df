import boto3

from ll203_tmp_janitor import ll203_clear_tmp

s3 = boto3.client("s3")


def lambda_handler(event, context):
    local = f"/tmp/{event['id']}.pdf"
    s3.download_file(event["bucket"], event["key"], local)
    try:
        with open(local, "rb") as f:
            return {"pages": f.read().count(b"/Type /Page")}
    finally:
        ll203_clear_tmp()
