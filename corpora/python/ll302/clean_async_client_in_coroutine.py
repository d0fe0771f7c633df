# Each invocation runs its own event loop (asyncio.run): an AsyncClient kept at module scope would
# be bound to the first, closed loop. Opening it inside the coroutine is the correct shape.
import asyncio

import httpx


async def fetch_all(urls):
    async with httpx.AsyncClient(timeout=5.0) as client:
        responses = await asyncio.gather(*(client.get(u) for u in urls))
    return [r.status_code for r in responses]


def lambda_handler(event, context):
    return asyncio.run(fetch_all(event["urls"]))


def sync_probe(url):
    with httpx.Client(timeout=5.0) as client:  # expect: LL302
        return client.get(url).status_code


def health_handler(event, context):
    return sync_probe(event["url"])
