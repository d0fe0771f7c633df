from ll201_layer_kit import batches
from ll201_layer_kit.tags import normalise


def lambda_handler(event, context):
    for record in event["Records"]:
        batches.remember(normalise(record["body"]))
    return {"ok": True}
