"""Portfolio visitor counter and upload stats. A scan's `Count` and a listing's `KeyCount` count
one page (1 MB of items, 1,000 keys), so the totals shown stop growing once the table or the
prefix outgrows a page."""
import json
import os

import boto3

visits = boto3.resource("dynamodb").Table(os.environ.get("VISITS_TABLE", "visits"))
s3 = boto3.client("s3")


def lambda_handler(event, context):
    visitor = event["requestContext"]["identity"]["sourceIp"]
    visits.put_item(Item={"ip": visitor})
    total = visits.scan(Select="COUNT")["Count"]  # expect: LL406
    listing = s3.list_objects_v2(Bucket=os.environ.get("UPLOADS", "uploads"), Prefix="public/")  # expect: LL406
    return {"statusCode": 200,
            "body": json.dumps({"visitors": total, "uploads": listing["KeyCount"]})}
