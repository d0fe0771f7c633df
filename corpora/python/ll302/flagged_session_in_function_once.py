"""A session built per invocation is one finding, at the session, not one more per client."""
import boto3


def lambda_handler(event, context):
    session = boto3.Session()  # expect: LL302
    s3 = session.client("s3")
    sqs = session.resource("sqs")
    s3.put_object(Bucket=event["bucket"], Key=event["key"], Body=b"")
    sqs.Queue(event["queue"]).send_message(MessageBody=event["key"])
    return {"ok": True}
