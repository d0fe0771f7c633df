import json
import tempfile


def write_payload(payload, request_id):
    path = f"/tmp/payload-{request_id}.json"
    with open(path, "w") as f:  # expect: LL203
        json.dump(payload, f)
    return path


def handler(event, context):
    fd, scratch = tempfile.mkstemp(suffix=".bin")  # expect: LL203
    return {"payload": write_payload(event, context.aws_request_id), "scratch": scratch, "fd": fd}
