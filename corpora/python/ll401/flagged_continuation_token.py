"""A manual continuation-token loop over DynamoDB scan pages."""
import boto3

table = boto3.resource("dynamodb").Table("events")


def lambda_handler(event, context):
    items, start = [], None
    while True:  # expect: LL401
        kwargs = {"ExclusiveStartKey": start} if start else {}
        page = table.scan(**kwargs)
        items.extend(page["Items"])
        start = page.get("LastEvaluatedKey")
        if not start:
            break
    return {"count": len(items)}
