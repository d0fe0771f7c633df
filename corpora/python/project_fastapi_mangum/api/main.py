import os

import boto3
import requests
from fastapi import FastAPI

from api.items import router as items_router

app = FastAPI(title="catalog")
app.include_router(items_router)
ssm = boto3.client("ssm")
RATES_URL = os.environ.get("RATES_URL", "https://rates.example.com/latest")


@app.get("/health")
def health():
    return {"ok": True}


@app.get("/rates/{currency}")
async def rates(currency: str):
    reply = requests.get(f"{RATES_URL}?base={currency}")  # expect: LL402
    return reply.json()


@app.get("/config/{name}")
def config(name: str):
    return {"value": ssm.get_parameter(Name=f"/catalog/{name}")["Parameter"]["Value"]}
