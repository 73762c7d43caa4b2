"""Session mode: CSRF on every unsafe call, logout, no refresh endpoint."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from .urls import SIGN_IN_URL

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.social_login.credentials.session.urls"),
]

LOGOUT_URL = "/api/auth/logout/"


@pytest.fixture
def csrf_client() -> Client:
    return Client(enforce_csrf_checks=True)


def sign_in(client: Client) -> str:
    """Signs alice in the way the SPA does; returns the CSRF token to send."""
    client.cookies[settings.CSRF_COOKIE_NAME] = "b" * 32
    response = client.post(
        SIGN_IN_URL,
        {"username": "alice"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN="b" * 32,
    )
    assert response.status_code == 200
    return response.cookies[settings.CSRF_COOKIE_NAME].value


def assert_csrf_failed(response) -> None:
    assert response.status_code == 403
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "csrf_failed"


def test_logout_flushes_the_session(csrf_client: Client, user) -> None:
    token = sign_in(csrf_client)
    assert csrf_client.get("/api/auth/me/").status_code == 200
    old_session = csrf_client.cookies[settings.SESSION_COOKIE_NAME].value

    response = csrf_client.post(
        LOGOUT_URL, {}, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )

    assert response.status_code == 204
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=old_session).exists()
    me = csrf_client.get("/api/auth/me/")
    assert me.status_code == 401
    assert me.json()["error"]["code"] == "not_authenticated"


def test_logout_without_csrf_token_is_json_403_and_keeps_the_session(
    csrf_client: Client, user
) -> None:
    sign_in(csrf_client)
    response = csrf_client.post(LOGOUT_URL, {}, content_type="application/json")
    assert_csrf_failed(response)
    assert csrf_client.get("/api/auth/me/").status_code == 200


def test_wrong_csrf_token_is_refused(csrf_client: Client, user) -> None:
    sign_in(csrf_client)
    response = csrf_client.post(
        LOGOUT_URL, {}, content_type="application/json", HTTP_X_CSRFTOKEN="c" * 32
    )
    assert_csrf_failed(response)


def test_signed_out_unsafe_calls_need_csrf_too(csrf_client: Client, user) -> None:
    """No cross-site page may sign a browser in (login CSRF)."""
    response = csrf_client.post(SIGN_IN_URL, {"username": "alice"}, content_type="application/json")
    assert_csrf_failed(response)
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_logout_when_signed_out_is_204(csrf_client: Client) -> None:
    csrf_client.cookies[settings.CSRF_COOKIE_NAME] = "d" * 32
    response = csrf_client.post(
        LOGOUT_URL, {}, content_type="application/json", HTTP_X_CSRFTOKEN="d" * 32
    )
    assert response.status_code == 204


def test_there_is_no_refresh_endpoint(client: Client) -> None:
    response = client.post("/api/auth/token/refresh/", {}, content_type="application/json")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_safe_calls_need_no_csrf_token(csrf_client: Client, user) -> None:
    sign_in(csrf_client)
    assert csrf_client.get("/api/auth/me/").status_code == 200
