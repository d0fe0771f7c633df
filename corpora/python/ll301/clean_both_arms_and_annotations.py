import json

import boto3
import pandas as pd
import numpy as np

s3 = boto3.client("s3")


def ll301_summarise(frame: pd.DataFrame) -> dict:
    return {"rows": int(frame.shape[0])}


def lambda_handler(event, context):
    raw = json.loads(s3.get_object(Bucket=event["bucket"], Key=event["key"])["Body"].read())
    if "items" in raw:
        frame = pd.json_normalize(raw["items"])
    elif "rows" in raw:
        frame = pd.DataFrame(raw["rows"])
    else:
        frame = pd.json_normalize(raw)
    return ll301_summarise(frame)


def ll301_stats(values: np.ndarray = None):
    return values
