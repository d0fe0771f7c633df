from chalice import Blueprint, Chalice
from flask import Flask

app = Chalice(app_name="catalog")
reports = Blueprint(__name__)
ALLOWED = ("books", "music")

web = Flask(__name__)
page_views = []


@app.route("/items/{kind}")
def list_items(kind):
    found = []
    if kind in ALLOWED:
        found.append(kind)
    return {"items": found}


@reports.schedule("rate(1 hour)")
def hourly_report(event):
    lines = []
    lines.append(event.time)
    return lines


@web.route("/")
def index():
    # a Flask route outside Lambda: a long-lived server, not a handler
    page_views.append(1)
    return str(len(page_views))
