"""The benchmark's fake GitHub provider answers GitHub's reply shapes, through ASGI."""

from __future__ import annotations

import asyncio
import json

from bench.loginbench import fake_provider


def call(method: str, path: str, authorization: str = "", body: bytes = b"") -> tuple[int, object]:
    sent: list[dict] = []
    messages = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict:
        return messages.pop(0)

    async def send(message: dict) -> None:
        sent.append(message)

    headers = [(b"authorization", authorization.encode())] if authorization else []
    scope = {"type": "http", "method": method, "path": path, "headers": headers}
    asyncio.run(fake_provider.app(scope, receive, send))
    return sent[0]["status"], json.loads(sent[1]["body"])


def test_token_endpoint_maps_the_code_to_a_token_of_that_user() -> None:
    status, reply = call("POST", fake_provider.TOKEN_PATH, body=b"code=u42.x1&client_id=c")
    assert (status, reply["access_token"], reply["token_type"]) == (200, "t42", "bearer")


def test_bad_code_gets_githubs_error_reply() -> None:
    status, reply = call("POST", fake_provider.TOKEN_PATH, body=b"code=nope")
    assert (status, reply["error"]) == (200, "bad_verification_code")


def test_user_has_no_email_and_emails_has_the_verified_primary_one() -> None:
    status, user = call("GET", "/user", "token t42")
    assert status == 200
    assert user == {"id": 42, "login": "user42", "name": "User 42", "email": None}
    status, emails = call("GET", "/user/emails", "Bearer t42")
    assert status == 200
    assert emails == [
        {"email": "user42@example.com", "primary": True, "verified": True, "visibility": None}
    ]


def test_user_without_a_valid_token_is_refused() -> None:
    assert call("GET", "/user", "token x")[0] == 401
    assert call("GET", "/nowhere", "token t1")[0] == 404
