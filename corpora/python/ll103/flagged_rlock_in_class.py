from threading import RLock


class TokenStore:
    _guard = RLock()  # expect: LL103

    def __init__(self):
        self.token = None

    def get(self, fetch):
        with self._guard:
            if self.token is None:
                self.token = fetch()
            return self.token


store = TokenStore()


def handler(event, context):
    return store.get(lambda: event["token"])
