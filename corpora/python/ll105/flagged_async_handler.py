import asyncio
import json

import aiohttp


async def fetch(session, url):
    async with session.get(url) as resp:
        return await resp.text()


async def lambda_handler(event, context):  # expect: LL105
    async with aiohttp.ClientSession() as session:
        pages = await asyncio.gather(*(fetch(session, u) for u in event["urls"]))
    return {"statusCode": 200, "body": json.dumps([len(p) for p in pages])}
