import asyncio


async def handler(event, context):
    await asyncio.sleep(0)
    return {"echo": event}


def lambda_handler(event, context):
    return asyncio.run(handler(event, context))
