"""Writes rows to the data lake with awswrangler."""
import os

import awswrangler as wr


def write_rows(rows):
    return wr.s3.to_parquet(wr.pandas.DataFrame(rows), path=os.environ["LAKE_PATH"], dataset=True)
