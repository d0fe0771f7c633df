from aws_lambda_powertools import Logger

logger = Logger()


@logger.inject_lambda_context
async def handler(event, context):  # expect: LL105
    logger.info("processing", extra={"count": len(event.get("Records", []))})
    return {"ok": True}
