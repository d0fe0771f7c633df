import boto3

table = boto3.resource("dynamodb").Table("events")


def lambda_handler(event, context):
    items, kwargs = [], {"FilterExpression": "day = :d", "ExpressionAttributeValues": {":d": event["day"]}}
    resp = table.scan(**kwargs)
    items.extend(resp["Items"])
    while "LastEvaluatedKey" in resp:  # expect: LL401
        resp = table.scan(ExclusiveStartKey=resp["LastEvaluatedKey"], **kwargs)
        items.extend(resp["Items"])
    return {"count": len(items)}
