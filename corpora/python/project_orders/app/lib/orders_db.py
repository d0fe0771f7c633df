"""Sibling module imported by the handler: its connect() runs on every invocation."""
import os

import pymysql


def connect():
    return pymysql.connect(host=os.environ["DB_HOST"], user="app", password=os.environ["DB_PASS"])  # expect: LL302


def unused_admin_connection():
    # Not reached from any handler: not flagged.
    return pymysql.connect(host="localhost", user="root")
