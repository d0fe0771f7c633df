"""The project module imported here loads no heavy library: numpy is still paid for one branch."""
import numpy as np  # expect: LL301

from storage_paths import prefix_for


def lambda_handler(event, context):
    if event.get("stats"):
        return {"mean": float(np.mean(event["values"]))}
    return {"prefix": prefix_for(event["table"])}
