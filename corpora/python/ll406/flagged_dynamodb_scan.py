import boto3

table = boto3.resource("dynamodb").Table("customers")


def active_customers():
    response = table.scan(FilterExpression="active = :t", ExpressionAttributeValues={":t": True})  # expect: LL406
    return response["Items"]


def handler(event, context):
    return {"count": len(active_customers())}
