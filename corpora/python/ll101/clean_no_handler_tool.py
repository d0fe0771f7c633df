"""A local batch tool with threads: no Lambda evidence, so nothing is reported."""
import threading


def run(paths):
    threads = [threading.Thread(target=print, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    run(["a", "b"])
