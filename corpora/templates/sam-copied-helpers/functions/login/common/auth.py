import hashlib
import hmac
import os

SECRET = os.environ.get("SIGNING_SECRET", "").encode()


def sign(user):
    return hmac.new(SECRET, user.encode(), hashlib.sha256).hexdigest()


def verify(user, signature):
    return hmac.compare_digest(sign(user), signature or "")
