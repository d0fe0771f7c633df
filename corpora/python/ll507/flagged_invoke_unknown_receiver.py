import json


class Dispatcher:
    def __init__(self, lambda_client):
        self.lambda_client = lambda_client

    def run(self, name, payload):
        return self.lambda_client.invoke(FunctionName=name, Payload=json.dumps(payload))  # expect: LL507


def lambda_handler(event, context):
    import boto3

    d = Dispatcher(boto3.client("lambda"))  # expect: LL302
    return d.run(event["target"], event)


def fan_in(client, names):
    return [client.invoke(FunctionName=n) for n in names]  # expect: LL507


def orders_handler(event, context):
    return fan_in(event["client"], event["names"])
