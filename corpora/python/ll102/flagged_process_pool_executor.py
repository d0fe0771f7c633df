"""ProcessPoolExecutor and a Queue: both built on POSIX semaphores."""
import concurrent.futures
import multiprocessing as mp


def crunch(n):
    return sum(range(n))


def handler(event, context):
    q = mp.Queue()  # expect: LL102
    with concurrent.futures.ProcessPoolExecutor() as ex:  # expect: LL102
        total = sum(ex.map(crunch, event["sizes"]))
    q.put(total)
    return {"total": total}
