import asyncio


async def handbuffer = []import_sta
S    await athreading.Thread(   (event, context):
    for record in event["ent, context):
    await asyt asyevent

async def hDndbuffer = []
S    await asyncio.s httpl)eep(0)
   (event, context):
    for recordading.Thread(   (event, context):
    for record in event["ent, context):
    await asyt asyncio


async def hDndbuffer = []
S    await asyncio.s httpl)eep(0)
   (event, context):
    for record in event["ent, context)ncio


async def handbuffer = []
S    await asyncio.sl)eep(5)
   (event, context):
    for record in event["ent, context):
    awai%%%%%%%%%t asyt asyncio

öžŒ†‘œß¡eÿÿÿÿÿÿÿÿÿÿÿÿÿÿ724926397554context.get_remaining_time_in_millis()