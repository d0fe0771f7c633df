"""The loop stops while there is time left to hand over the rest."""
import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    token = event.get("token")
    while True:
        kwargs = {"Bucket": event["bucket"]}
        if token:
            kwargs["ContinuationToken"] = token
        page = s3.list_objects_v2(**kwargs)
        token = page.get("NextContinuationToken")
        if not token or context.get_remaining_time_in_millis() < 10000:
            return {"token": token}
