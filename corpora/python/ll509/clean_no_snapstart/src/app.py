import uuid

SANDBOX_ID = uuid.uuid4()


def lambda_handler(event, context):
    return {"sandbox": str(SANDBOX_ID)}
