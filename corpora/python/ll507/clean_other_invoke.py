import json

import boto3

runtime = boto3.client("sagemaker-runtime")
bedrock = boto3.client("bedrock-runtime")


def lambda_handler(event, context):
    a = runtime.invoke_endpoint(EndpointName="churn", Body=json.dumps(event), ContentType="application/json")
    chain = build_chain()
    b = chain.invoke({"question": event["q"]})
    return {"score": a["Body"].read().decode(), "answer": b}


def build_chain():
    return bedrock
