import numpy as np
import pandas as pd


def lambda_handler(event, context):
    frame = pd.DataFrame(event["rows"])
    return {"mean": float(frame["value"].mean())}
