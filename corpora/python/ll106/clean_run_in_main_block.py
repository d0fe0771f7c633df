import asyncio


async def fetch(event):
    return event


def lambda_handler(event, context):
    return {"ok": True}


if __name__ == "__main__":
    asyncio.run(fetch({}))
