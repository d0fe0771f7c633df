"""Shipped as a Lambda layer: the runtime unpacks it under /opt/python, on the import path."""
received = []


def remember(item):
    received.append(item)  # expect: LL201
    return len(received)
