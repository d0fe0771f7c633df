import os

import boto3

s3 = boto3.client("s3")
MODEL = "/tmp/model.onnx"
s3.download_file("models", "churn/latest.onnx", "/tmp/warm.onnx")


def ensure_model():
    if not os.path.exists(MODEL):
        s3.download_file("models", "churn/model.onnx", MODEL)
    return MODEL


def lambda_handler(event, context):
    path = ensure_model()
    with open("/var/task/config.json") as f:
        cfg = f.read()
    return {"model": path, "cfg": len(cfg)}


def ensure_tokenizer():
    path = "/tmp/tokenizer.json"
    if os.path.isfile(path):
        return path
    s3.download_file("models", "tokenizer.json", path)
    return path


def classify_handler(event, context):
    return {"tokenizer": ensure_tokenizer()}
