import asyncio

from service import lambda_handler as serve


def handler(event, context):
    return asyncio.run(serve(event, context))
