history = []


def record(item):
    history.append(item)
    return history[-1]
