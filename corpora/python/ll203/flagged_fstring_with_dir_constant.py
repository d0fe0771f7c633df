"""Invoice renderer: fetch the template and the customer's logo into a scratch folder named by a
module constant, render, upload. The scratch files are never deleted, one logo per customer
accumulating in /tmp of every warm environment."""
import os

import boto3

s3 = boto3.client("s3")
SCRATCH = "/tmp"
ASSETS = os.environ.get("ASSETS_BUCKET", "invoice-assets")


def render(template_path, logo_path, invoice):
    with open(template_path) as f:
        html = f.read()
    return html.replace("{{logo}}", logo_path).replace("{{total}}", str(invoice["total"]))


def lambda_handler(event, context):
    invoice = event["invoice"]
    logo = f"{SCRATCH}/{invoice['customer_id']}.png"
    s3.download_file(ASSETS, f"logos/{invoice['customer_id']}.png", logo)  # expect: LL203
    template = f"{SCRATCH}/invoice.html"
    s3.download_file(ASSETS, "templates/invoice.html", template)  # expect: LL203
    s3.put_object(Bucket=ASSETS, Key=f"out/{invoice['id']}.html",
                  Body=render(template, logo, invoice).encode())
    return {"invoice": invoice["id"]}
