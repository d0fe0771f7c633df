"""A heavy import used by one rarely called function: --fix --unsafe-fixes imports it there."""
import json

# expect-next-line: LL301
import pandas as pd


def lambda_handler(event, context):
    if event.get("report"):
        return build_report(event["rows"])
    return {"statusCode": 204}


def build_report(rows):
    """Summarise the rows."""
    frame = pd.DataFrame(rows)
    return {"statusCode": 200, "body": json.dumps(frame.describe().to_dict())}
