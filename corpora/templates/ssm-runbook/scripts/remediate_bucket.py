import boto3


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    s3.put_public_access_block(
        Bucket=event["bucket"],
        PublicAccessBlockConfiguration={"BlockPublicAcls": True, "RestrictPublicBuckets": True},
    )
    return {"blocked": event["bucket"]}
