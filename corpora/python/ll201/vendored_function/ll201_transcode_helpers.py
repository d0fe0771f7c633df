transcoded_keys = []


def remember(key):
    transcoded_keys.append(key)  # expect: LL201
    return len(transcoded_keys)
