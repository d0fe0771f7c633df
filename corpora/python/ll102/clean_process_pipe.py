"""Process + Pipe is the pattern that works on Lambda."""
from multiprocessing import Pipe, Process


def worker(numbers, conn):
    conn.send(sum(numbers))
    conn.close()


def lambda_handler(event, context):
    parent, child = Pipe()
    proc = Process(target=worker, args=(event["numbers"], child))
    proc.start()
    total = parent.recv()
    proc.join()
    return {"total": total}
