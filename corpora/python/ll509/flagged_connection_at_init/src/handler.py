import os

import psycopg2

CONN = psycopg2.connect(os.environ["DATABASE_URL"])  # expect: LL509


def main(event, context):
    with CONN.cursor() as cur:
        cur.execute("select count(*) from orders")
        return cur.fetchone()[0]
