import boto3

lam = boto3.client("lambda")
ssm = boto3.client("ssm")
CONFIG = {p["Name"]: p["Value"] for p in ssm.get_parameters_by_path(Path="/app/")["Parameters"]}  # expect: LL406


def lambda_handler(event, context):
    names = []
    for fn in lam.list_functions()["Functions"]:  # expect: LL406
        names.append(fn["FunctionName"])
    return {"functions": names, "config": sorted(CONFIG)}
