import asyncio


async def fetch_all(urls):
    return [len(u) for u in urls]


def lambda_handler(event, context):
    return asyncio.run(fetch_all(event["urls"]))
