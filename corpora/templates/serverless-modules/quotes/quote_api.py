"""Latest quote for a symbol. The handler name follows no convention: only the template's
`module: quotes` + `handler: quote_api.get_quote` says this file runs on Lambda."""
import json
import os

import boto3


def get_quote(event, context):
    table = boto3.resource("dynamodb").Table(os.environ.get("QUOTES_TABLE", "quotes"))  # expect: LL302
    symbol = event["pathParameters"]["symbol"]
    item = table.get_item(Key={"symbol": symbol}).get("Item")
    return {"statusCode": 200 if item else 404, "body": json.dumps(item or {}, default=str)}
