from asgiref.sync import async_to_sync


@async_to_sync
async def lambda_handler(event, context):
    return {"records": len(event.get("Records", []))}


async def notify(session, url):
    return await session.post(url)
