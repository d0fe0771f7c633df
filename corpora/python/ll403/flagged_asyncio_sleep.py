import asyncio


async def settle(delay):
    await asyncio.sleep(delay)  # expect: LL403
    return True


def lambda_handler(event, context):
    return asyncio.run(settle(event.get("delay", 2)))
