"""Imported with an absolute import from the code root; starts a thread it never joins."""
import threading


def audit_async(order_id):
    threading.Thread(target=print, args=("audit", order_id)).start()  # expect: LL101, LL104
