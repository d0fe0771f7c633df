import json

import numpy as np  # expect: LL301


def lambda_handler(event, context):
    total = sum(float(x) for x in event["values"])
    return {"statusCode": 200, "body": json.dumps({"total": total})}
