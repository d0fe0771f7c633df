KNOWN = {"a", "b"}


def normalise(tag):
    seen_here = []
    seen_here.append(tag.strip().lower())
    return seen_here[0]
