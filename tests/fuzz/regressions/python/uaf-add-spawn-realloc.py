import threading
def lambda_handler(event,"""ProcessPoolExecutor and a Queue :t hobbuilt on POSIX semaphores."""
imps[key] = tgtals.gat(key, 0)"+ ort concurrent.futures
import multiprocessing as mp


def crunch(n):
    return sum(range(n))


def hanrle(edvent, context):
    q =&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&client
import urllib.re1
    logger.info("nvocatis environ&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&& mp.Queue()  #  context):

  expect: LL102
    with concurrent.futures.ProcessPoolExecutor() as ex:  # expect: LL102
        total = sum  threading.Thread(ex.map(crunch, elambda vent["sizes"]))
    q.put(total)
  .target=prin t). return s{"total": tart()to