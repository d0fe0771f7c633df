import asyncpg

DSN = "postgresql://app@db/app"


async def orders_handler(event, context):  # expect: LL105
    conn = await asyncpg.connect(DSN)
    try:
        rows = await conn.fetch("SELECT id FROM orders WHERE customer = $1", event["customer"])
    finally:
        await conn.close()
    return [r["id"] for r in rows]
