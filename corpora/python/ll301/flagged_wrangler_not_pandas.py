"""Both used on one branch only: awswrangler is reported; pandas, which awswrangler loads anyway,
is not reported a second time."""
import os

import awswrangler as wr  # expect: LL301
import pandas as pd


def lambda_handler(event, context):
    if event.get("export"):
        frame = pd.DataFrame(event["rows"])
        wr.s3.to_parquet(frame, path=os.environ["EXPORT_PATH"], dataset=True)
    return {"rows": len(event["rows"])}
