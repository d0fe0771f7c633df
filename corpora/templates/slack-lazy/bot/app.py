import time

from slack_bolt import App
from slack_bolt.adapter.aws_lambda import SlackRequestHandler

app = App(process_before_response=True)


def respond_within_3_seconds(body, ack):
    ack(f"Working on {body.get('text', '')}...")


def build_summary(respond, body):
    started = time.time()
    respond(f"Summary of {body.get('text', '')} ready after {time.time() - started:.1f} s")


app.command("/summary")(ack=respond_within_3_seconds, lazy=[build_summary])


def handler(event, context):
    slack_handler = SlackRequestHandler(app=app)
    return slack_handler.handle(event, context)
