import json

import pandas as pd  # expect: LL301


def lambda_handler(event, context):
    if event.get("format") == "csv":
        frame = pd.read_csv(event["url"])
        return {"rows": len(frame)}
    return {"statusCode": 200, "body": json.dumps({"ok": True})}
