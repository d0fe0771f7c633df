import boto3

ssm = boto3.client("ssm")
_params = {}


def get_param(name):
    if name not in _params:
        _params[name] = ssm.get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"]
    return _params[name]


def lambda_handler(event, context):
    return {"db": get_param("/app/db-url") is not None}
