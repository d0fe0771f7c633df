import logging

logger = logging.getLogger()
count = 0


def lambda_handler(event, context):
    global count
    count += 1
    logger.info("invocation %d in this environment", count)
    return {"ok": True}
