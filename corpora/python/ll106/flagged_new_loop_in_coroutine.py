import asyncio


async def inner():
    return 1


async def main(event):
    loop = asyncio.new_event_loop()
    value = loop.run_until_complete(inner())  # expect: LL106
    return {"value": value}


def lambda_handler(event, context):
    return asyncio.run(main(event))
