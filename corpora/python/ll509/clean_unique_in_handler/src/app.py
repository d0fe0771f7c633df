import uuid

import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    request_id = uuid.uuid4()
    s3.put_object(Bucket=event["bucket"], Key=str(request_id), Body=b"")
    return {"id": str(request_id)}
