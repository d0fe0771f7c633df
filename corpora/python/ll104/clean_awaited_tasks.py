"""Tasks gathered before the coroutine returns."""
import asyncio


async def fetch(i):
    await asyncio.sleep(0)
    return i


async def main(event):
    first = asyncio.create_task(fetch(1))
    second = asyncio.create_task(fetch(2))
    results = await asyncio.gather(first, second)
    third = asyncio.ensure_future(fetch(3))
    results.append(await third)
    return results


def lambda_handler(event, context):
    return {"results": asyncio.run(main(event))}
