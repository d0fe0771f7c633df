import uuid

from snapshot_restore_py import register_after_restore

SANDBOX_ID = uuid.uuid4()


@register_after_restore
def fresh_sandbox_id():
    global SANDBOX_ID
    SANDBOX_ID = uuid.uuid4()


def lambda_handler(event, context):
    return {"sandbox": str(SANDBOX_ID)}
