"""multiprocessing used only when run as a script on a laptop."""
import multiprocessing


def lambda_handler(event, context):
    return {"n": len(event.get("items", []))}


if __name__ == "__main__":
    with multiprocessing.Pool() as pool:
        print(pool.map(abs, [-1, -2]))
