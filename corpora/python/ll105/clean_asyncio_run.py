import asyncio


async def process(records):
    await asyncio.sleep(0)
    return [r["messageId"] for r in records]


def lambda_handler(event, context):
    return asyncio.run(process(event["Records"]))
