import csv
import shutil

import boto3

s3 = boto3.client("s3")
REPORT = "/tmp/report.csv"


def lambda_handler(event, context):
    with open(REPORT, "w", newline="") as f:  # expect: LL203
        writer = csv.writer(f)
        for row in event["rows"]:
            writer.writerow(row)
    s3.upload_file(REPORT, "reports", f"{event['day']}.csv")
    archive = shutil.make_archive(f"/tmp/{event['day']}", "zip", "/var/task/templates")  # expect: LL203
    s3.upload_file(archive, "reports", f"{event['day']}.zip")
    return {"rows": len(event["rows"])}
