import logging

logger = logging.getLogger()
cold_start = True


def lambda_handler(event, context):
    global cold_start
    if cold_start:
        logger.info("cold start")
        cold_start = False
    return {"ok": True}
