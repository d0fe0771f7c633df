"""An aliased import of the executor, used in a helper the handler calls."""
from concurrent.futures import ThreadPoolExecutor as Pool
import concurrent.futures


def checksum_all(blobs):
    executor = Pool(4)  # expect: LL101
    futures = [executor.submit(hash, b) for b in blobs]
    done = [f.result() for f in concurrent.futures.as_completed(futures)]
    executor.shutdown()
    return done


def lambda_handler(event, context):
    return {"sums": checksum_all(event["blobs"])}
