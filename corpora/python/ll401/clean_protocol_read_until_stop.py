"""A binary protocol decoder reads fields until the STOP marker: the loop ends with its input,
not with remote state, so it cannot outlast the invocation on its own."""
import struct

import boto3

s3 = boto3.client("s3")

FIELD_STOP = 0


class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read_field_header(self):
        kind, field_id = struct.unpack_from(">bh", self.data, self.pos)
        self.pos += 3
        return kind, field_id

    def read_string(self):
        (size,) = struct.unpack_from(">i", self.data, self.pos)
        self.pos += 4 + size
        return self.data[self.pos - size:self.pos].decode()


class Order:
    def read(self, reader):
        fields = {}
        while True:
            kind, field_id = reader.read_field_header()
            if kind == FIELD_STOP:
                break
            fields[field_id] = reader.read_string()
        self.fields = fields
        return self


def lambda_handler(event, context):
    body = s3.get_object(Bucket=event["bucket"], Key=event["key"])["Body"].read()
    order = Order().read(Reader(body))
    return {"fields": len(order.fields)}
