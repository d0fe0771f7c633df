import time


def wait_for_local_stack():
    time.sleep(5)


def lambda_handler(event, context):
    return {"ok": True}


if __name__ == "__main__":
    wait_for_local_stack()
    time.sleep(1)
    print(lambda_handler({}, None))
