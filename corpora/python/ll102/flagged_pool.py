"""multiprocessing.Pool needs /dev/shm."""
from multiprocessing import Pool


def square(x):
    return x * x


def lambda_handler(event, context):
    with Pool(processes=2) as pool:  # expect: LL102
        return {"squares": pool.map(square, event["numbers"])}
