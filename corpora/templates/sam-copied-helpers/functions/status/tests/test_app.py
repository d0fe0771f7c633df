import json

from app import handler


def test_handler_returns_200():
    response = handler({"body": json.dumps({"user": "a"})}, None)
    assert response["statusCode"] == 200
