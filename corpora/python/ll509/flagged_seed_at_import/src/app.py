import random
import time

STARTED = time.time()  # expect: LL509

random.seed(time.time())  # expect: LL509


def lambda_handler(event, context):
    return {"ticket": random.randint(1, 1_000_000)}
