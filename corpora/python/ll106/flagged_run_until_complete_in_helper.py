import asyncio


async def load(key):
    return key


def load_sync(key):
    loop = asyncio.get_event_loop()
    return loop.run_until_complete(load(key))  # expect: LL106


async def handle(event):
    return load_sync(event["key"])


def lambda_handler(event, context):
    return asyncio.run(handle(event))
