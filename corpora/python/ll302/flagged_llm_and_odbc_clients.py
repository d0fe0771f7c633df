"""Ticket triage: summarise a support ticket with an LLM and file it in SQL Server.

Both the LLM SDK client (it builds an HTTP connection pool) and the ODBC connection are made
again on every request.
"""
import json
import os

import pyodbc
from openai import OpenAI


def summarise(text):
    llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])  # expect: LL302
    reply = llm.responses.create(model="gpt-4o-mini", input=f"Summarise: {text}")
    return reply.output_text


def lambda_handler(event, context):
    ticket = json.loads(event["body"])
    summary = summarise(ticket["text"])
    conn = pyodbc.connect(os.environ["SQLSERVER_DSN"])  # expect: LL302
    cur = conn.cursor()
    cur.execute("INSERT INTO tickets (id, summary) VALUES (?, ?)", ticket["id"], summary)
    conn.commit()
    conn.close()
    return {"statusCode": 201, "body": json.dumps({"summary": summary})}
