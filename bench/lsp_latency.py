#!/usr/bin/env python3
"""Latency of `lambda-lint server`: from a didChange to the publishDiagnostics of that version.

    bench/lsp_latency.py [--binary build/lambda-lint] [--edits 50] [--project DIR]

Without --project it writes a typical SAM project to a temporary folder: template.yaml (three
functions), a 150-line Python handler module (orders.py) that imports two sibling modules, plus
the siblings and a second handler. It opens orders.py, then sends --edits incremental edits one at
a time (typing a character on a line of the handler, then deleting it), each time waiting for the
diagnostics of the new version. It prints the median and 90th percentile wall time, and the
server's CPU time per edit (user + system from /proc, which a busy shared machine does not
inflate the way it inflates wall time). Target: at most 100 ms.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TEMPLATE = """AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
    MemorySize: 512
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      Handler: orders.lambda_handler
      Events:
        Api:
          Type: Api
          Properties: {Path: /orders, Method: post}
  Reports:
    Type: AWS::Serverless::Function
    Properties:
      Handler: reports.handler
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 180
"""

DB = '''import os
import boto3

_table = None


def table():
    global _table
    if _table is None:
        _table = boto3.resource("dynamodb").Table(os.environ["TABLE"])
    return _table


def put_order(order):
    table().put_item(Item=order)


def get_order(order_id):
    return table().get_item(Key={"id": order_id}).get("Item")
'''

UTIL = '''import decimal
import json


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, decimal.Decimal):
            return float(o)
        return super().default(o)


def response(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"},
            "body": json.dumps(body, cls=Encoder)}
'''

REPORTS = '''import boto3
from util import response

s3 = boto3.client("s3")


def handler(event, context):
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket="reports")["Contents"]]
    return response(200, {"keys": keys})
'''


def orders_module():
    lines = ['"""Orders API: create, read and validate orders."""',
             "import json", "import logging", "import os", "import time", "import uuid", "",
             "import boto3", "import requests", "", "from db import get_order, put_order",
             "from util import response", "", "logger = logging.getLogger()",
             'logger.setLevel(os.environ.get("LOG_LEVEL", "INFO"))',
             'EVENTS = boto3.client("events")', ""]
    for i in range(12):  # validation helpers, as real handlers grow them
        lines += [f"def check_field_{i}(order):",
                  f'    value = order.get("field_{i}")',
                  "    if value is None:",
                  f'        return "field_{i} is missing"',
                  "    if isinstance(value, str) and len(value) > 256:",
                  f'        return "field_{i} is too long"',
                  "    return None", ""]
    lines += ["def validate(order):",
              "    problems = []",
              f"    for check in ({', '.join(f'check_field_{i}' for i in range(12))}):",
              "        problem = check(order)",
              "        if problem:",
              "            problems.append(problem)",
              "    return problems", "",
              "def notify(order):",
              '    sns = boto3.client("sns")',
              '    sns.publish(TopicArn=os.environ["TOPIC"], Message=json.dumps(order))',
              '    requests.post(os.environ["HOOK"], json=order)', "",
              "def lambda_handler(event, context):",
              '    body = json.loads(event.get("body") or "{}")',
              '    if event.get("httpMethod") == "GET":',
              '        order = get_order(event["pathParameters"]["id"])',
              "        return response(200 if order else 404, order or {})",
              "    problems = validate(body)",
              "    if problems:",
              '        return response(400, {"problems": problems})',
              '    body["id"] = str(uuid.uuid4())',
              '    body["created"] = int(time.time())',
              '    audit = boto3.client("firehose")',
              '    audit.put_record(DeliveryStreamName="audit", Record={"Data": json.dumps(body)})',
              "    put_order(body)",
              "    notify(body)",
              '    EVENTS.put_events(Entries=[{"Source": "orders", "DetailType": "created",',
              '                                "Detail": json.dumps(body)}])',
              '    logger.info("order %s created", body["id"])',
              "    return response(201, body)", ""]
    return "\n".join(lines)


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    def __init__(self, binary):
        self.proc = subprocess.Popen([binary, "server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def send(self, message):
        self.proc.stdin.write(frame(message))
        self.proc.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise SystemExit("lsp_latency: the server closed its output")
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def diagnostics_of(self, version):
        while True:
            m = self.receive()
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version:
                return m["params"]["diagnostics"]

    def cpu_seconds(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", "build", "lambda-lint"))
    ap.add_argument("--edits", type=int, default=50)
    ap.add_argument("--project", help="an existing project folder; edits its orders.py (default: generated)")
    args = ap.parse_args()
    tmp = None
    project = args.project
    if not project:
        tmp = project = tempfile.mkdtemp(prefix="ll-lsp-latency-")
        for name, text in {"template.yaml": TEMPLATE, "orders.py": orders_module(), "db.py": DB,
                           "util.py": UTIL, "reports.py": REPORTS}.items():
            with open(os.path.join(project, name), "w") as f:
                f.write(text)
    path = os.path.realpath(os.path.join(project, "orders.py"))
    uri = "file://" + path
    text = open(path).read()
    server = Server(args.binary)
    try:
        server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                     "params": {"rootUri": "file://" + os.path.realpath(project), "capabilities": {}}})
        server.receive()
        server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "python", "version": 1, "text": text}}})
        first = server.diagnostics_of(1)
        codes = sorted(d["code"] for d in first)
        handler_line = text.split("\n").index("    put_order(body)")
        walls, cpus = [], []
        for i in range(args.edits):
            version = i + 2
            change = ({"range": {"start": {"line": handler_line, "character": 4},
                                 "end": {"line": handler_line, "character": 4}}, "text": "x"} if i % 2 == 0 else
                      {"range": {"start": {"line": handler_line, "character": 4},
                                 "end": {"line": handler_line, "character": 5}}, "text": ""})
            cpu0, t0 = server.cpu_seconds(), time.perf_counter()
            server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
            server.diagnostics_of(version)
            walls.append(time.perf_counter() - t0)
            cpus.append(server.cpu_seconds() - cpu0)
        server.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        server.receive()
        server.send({"jsonrpc": "2.0", "method": "exit"})
        server.proc.wait(timeout=10)
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
        if tmp:
            shutil.rmtree(tmp)
    walls.sort()
    lines = text.count("\n") + 1
    print(f"project: {'generated (5 files, template with 2 functions)' if tmp else project}; "
          f"edited file: {lines} lines; diagnostics on open: {', '.join(codes) or 'none'}")
    print(f"didChange -> publishDiagnostics over {args.edits} edits: wall median {statistics.median(walls) * 1000:.1f} ms, "
          f"p90 {walls[int(len(walls) * 0.9) - 1] * 1000:.1f} ms, max {walls[-1] * 1000:.1f} ms; "
          f"server CPU {sum(cpus) / len(cpus) * 1000:.1f} ms per edit (user+system, {os.cpu_count()} CPUs, shared machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
