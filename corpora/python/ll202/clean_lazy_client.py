import boto3

_client = None


def client():
    global _client
    if _client is None:
        _client = boto3.client("dynamodb")
    return _client


def lambda_handler(event, context):
    return client().get_item(TableName="t", Key={"id": {"S": event["id"]}}).get("Item")
