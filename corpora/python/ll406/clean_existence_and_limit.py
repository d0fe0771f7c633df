import boto3

s3 = boto3.client("s3")
table = boto3.resource("dynamodb").Table("users")


def lambda_handler(event, context):
    listed = s3.list_objects_v2(Bucket=event["bucket"], Prefix=event["key"])
    exists = "Contents" in listed
    latest = s3.list_objects_v2(Bucket=event["bucket"], Prefix="daily/", MaxKeys=1)
    user = table.query(KeyConditionExpression="pk = :p", ExpressionAttributeValues={":p": event["user"]})
    first = user["Items"][0] if user["Items"] else None
    return {"exists": exists, "latest": latest.get("Contents"), "user": first}
