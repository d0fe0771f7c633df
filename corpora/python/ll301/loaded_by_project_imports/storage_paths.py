"""Plain helpers: nothing heavy."""
import os


def prefix_for(table):
    return f"s3://{os.environ['BUCKET']}/{table}/"
