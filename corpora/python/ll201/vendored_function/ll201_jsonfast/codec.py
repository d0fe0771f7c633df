_decoded = []


def decode(text):
    _decoded.append(text)
    return text
