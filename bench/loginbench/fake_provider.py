"""A GitHub-like OAuth 2.0 provider for the benchmark: stateless, on loopback, raw ASGI.

The code names the user: "u<id>" (anything after a dot is ignored, so codes may differ per
login). The token endpoint answers the access token "t<id>"; /user answers that user without
an email address (as GitHub does for a private address) and /user/emails the verified one, so
a login costs the same three provider calls as with GitHub. Nothing is checked beyond that:
the provider's own cost must stay small next to the servers under test.

Run: uvicorn loginbench.fake_provider:app --port PORT
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

TOKEN_PATH = "/login/oauth/access_token"
AUTHORIZE_PATH = "/login/oauth/authorize"
_CODE = re.compile(r"u(\d{1,12})(?:\.[\w-]*)?")
_TOKEN = re.compile(r"(?:token|Bearer) t(\d{1,12})")

Reply = tuple[int, Any]


def _token(body: bytes) -> Reply:
    form = parse_qs(body.decode("latin-1"))
    found = _CODE.fullmatch(form.get("code", [""])[0])
    if not found:
        # GitHub's own answer to a bad code: 200 with an error field.
        return 200, {"error": "bad_verification_code", "error_description": "bad code"}
    return 200, {"access_token": f"t{found[1]}", "token_type": "bearer", "scope": "user:email"}


def _user_id(authorization: str) -> int | None:
    found = _TOKEN.fullmatch(authorization)
    return int(found[1]) if found else None


def reply(method: str, path: str, authorization: str, body: bytes) -> Reply:
    """Status and JSON document answered to one request."""
    if path == TOKEN_PATH and method == "POST":
        return _token(body)
    if path not in ("/user", "/user/emails") or method != "GET":
        return 404, {"message": "Not Found"}
    user_id = _user_id(authorization)
    if user_id is None:
        return 401, {"message": "Bad credentials"}
    if path == "/user":
        return 200, {
            "id": user_id,
            "login": f"user{user_id}",
            "name": f"User {user_id}",
            "email": None,
        }
    address = f"user{user_id}@example.com"
    return 200, [{"email": address, "primary": True, "verified": True, "visibility": None}]


async def _read_body(receive: Callable[[], Awaitable[dict[str, Any]]]) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":  # lifespan: nothing to set up
        return
    headers = dict(scope["headers"])
    body = await _read_body(receive)
    authorization = headers.get(b"authorization", b"").decode("latin-1")
    status, document = reply(scope["method"], scope["path"], authorization, body)
    payload = json.dumps(document).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
