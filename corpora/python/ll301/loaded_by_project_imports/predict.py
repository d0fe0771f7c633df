"""torch is imported here for one branch only, but the model module this handler imports at the
top loads torch anyway: the import here costs nothing more, so it is not reported."""
import json

import torch

from model.linear_models import TinyRegressor

MODEL = TinyRegressor()


def lambda_handler(event, context):
    features = json.loads(event["body"])["features"]
    if event.get("queryStringParameters", {}).get("explain"):
        grads = torch.autograd.functional.jacobian(MODEL, torch.tensor(features))
        return {"statusCode": 200, "body": json.dumps(grads.tolist())}
    return {"statusCode": 200, "body": json.dumps(MODEL.predict(features))}
