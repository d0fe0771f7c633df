"""The same renderer, cleaning up: the per-customer logo is deleted when the invoice is done, and
an f-string over an unknown folder (a TemporaryDirectory) is not a /tmp leftover."""
import os
import tempfile

import boto3

s3 = boto3.client("s3")
SCRATCH = "/tmp"
ASSETS = os.environ.get("ASSETS_BUCKET", "invoice-assets")


def lambda_handler(event, context):
    invoice = event["invoice"]
    logo = f"{SCRATCH}/{invoice['customer_id']}.png"
    try:
        s3.download_file(ASSETS, f"logos/{invoice['customer_id']}.png", logo)
        with tempfile.TemporaryDirectory() as work:
            s3.download_file(ASSETS, "templates/invoice.html", f"{work}/invoice.html")
            with open(f"{work}/invoice.html") as f:
                html = f.read().replace("{{logo}}", logo)
        s3.put_object(Bucket=ASSETS, Key=f"out/{invoice['id']}.html", Body=html.encode())
    finally:
        if os.path.exists(logo):
            os.remove(logo)
    return {"invoice": invoice["id"]}
