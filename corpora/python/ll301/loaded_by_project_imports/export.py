"""pandas for one branch: the storage module imported at the top brings awswrangler, which loads
pandas at import, so this import is free."""
import pandas as pd

from storage import write_rows


def lambda_handler(event, context):
    rows = event["rows"]
    if event.get("summary"):
        frame = pd.DataFrame(rows)
        rows = frame.describe().reset_index().to_dict("records")
    return write_rows(rows)
