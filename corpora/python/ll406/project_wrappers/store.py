"""The project's own data access: methods named like SDK operations that page by themselves."""
import boto3

s3 = boto3.client("s3")


class Bucket:
    def __init__(self, name):
        self.name = name

    def list_objects(self, prefix=""):
        keys = []
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=self.name, Prefix=prefix):  # expect: LL401
            keys.extend(o["Key"] for o in page.get("Contents", []))
        return {"Contents": [{"Key": k} for k in keys]}

    def newest(self, prefix):
        listing = self.list_objects(prefix)["Contents"]
        return max((o["Key"] for o in listing), default=None)


class Rows:
    def __init__(self, table):
        self.table = table

    def scan(self):
        items = []
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=self.table):  # expect: LL401
            items.extend(page.get("Contents", []))
        return {"Items": items}
