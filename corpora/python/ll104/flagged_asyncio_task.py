"""An asyncio task created and not awaited before the coroutine returns."""
import asyncio


async def audit(event):
    await asyncio.sleep(0)
    print("audited", event["id"])


async def process(event):
    asyncio.create_task(audit(event))  # expect: LL104
    return {"id": event["id"]}


def lambda_handler(event, context):
    return asyncio.run(process(event))
