"""The same triage function written for reuse: one LLM client per execution environment, an async
client opened inside the coroutine that the invocation's event loop runs."""
import asyncio
import json
import os

from openai import AsyncOpenAI, OpenAI

llm = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "unset"))


async def classify_all(texts):
    async with AsyncOpenAI() as client:
        replies = await asyncio.gather(
            *(client.responses.create(model="gpt-4o-mini", input=t) for t in texts))
    return [r.output_text for r in replies]


def lambda_handler(event, context):
    ticket = json.loads(event["body"])
    reply = llm.responses.create(model="gpt-4o-mini", input=f"Summarise: {ticket['text']}")
    labels = asyncio.run(classify_all(ticket.get("comments", [])))
    return {"statusCode": 200, "body": json.dumps({"summary": reply.output_text, "labels": labels})}
