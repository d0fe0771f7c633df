"""Helper module of flagged_thread_pool.py (no handler of its own)."""


def render(key):
    return key.replace(".png", "-thumb.png")
