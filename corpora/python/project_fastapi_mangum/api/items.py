import os

import boto3
from fastapi import APIRouter

router = APIRouter(prefix="/items")


@router.get("/{item_id}")
async def get_item(item_id: str):
    table = boto3.resource("dynamodb").Table(os.environ["TABLE"])  # expect: LL302
    return table.get_item(Key={"id": item_id}).get("Item", {})
