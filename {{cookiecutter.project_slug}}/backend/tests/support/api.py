"""Calls of the social login endpoints and checks of their answers."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

from rest_framework.test import APIClient

CALLBACK = "http://127.0.0.1:5173/auth/callback"


def query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def form(body: Any) -> dict[str, str]:
    if isinstance(body, bytes):
        body = body.decode()
    return {key: values[0] for key, values in parse_qs(body or "").items()}


def begin(client: APIClient, provider: str, **body: Any) -> Any:
    return client.post(
        f"/api/auth/social/{provider}/begin/",
        {"redirect_uri": CALLBACK, **body},
        format="json",
    )


def complete(client: APIClient, provider: str, **body: Any) -> Any:
    return client.post(
        f"/api/auth/social/{provider}/complete/",
        {"redirect_uri": CALLBACK, **body},
        format="json",
    )


def assert_error(response: Any, status: int, code: str, provider: str | None = None) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    if provider is not None:
        assert error["provider"] == provider
    return error
