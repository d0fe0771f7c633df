import asyncio


async def fetch_all(urls):
    return [len(u) for u in urls]


async def process(event):
    return await fetch_all(event["urls"])


def lambda_handler(event, context):
    return asyncio.run(process(event))
