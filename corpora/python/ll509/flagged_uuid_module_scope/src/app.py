import uuid

SANDBOX_ID = uuid.uuid4()  # expect: LL509


def lambda_handler(event, context):
    return {"sandbox": str(SANDBOX_ID), "id": event.get("id")}
