from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from .urls import SIGN_IN_URL

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.social_login.credentials.session.urls"),
]


def sign_in(client: Client, username: str = "alice"):
    return client.post(SIGN_IN_URL, {"username": username}, content_type="application/json")


def test_sign_in_starts_a_session_and_returns_no_token(client: Client, user) -> None:
    response = sign_in(client)

    assert response.status_code == 200
    assert response.json() == {
        "user": {
            "id": user.pk,
            "username": "alice",
            "email": "alice@example.com",
            "first_name": "Alice",
            "last_name": "",
            "display_name": "Alice",
            "date_joined": response.json()["user"]["date_joined"],
        },
        "is_new": False,
    }
    assert settings.SESSION_COOKIE_NAME in response.cookies
    assert "refresh_token" not in response.cookies
    me = client.get("/api/auth/me/")
    assert me.status_code == 200
    assert me.json()["username"] == "alice"


def test_sign_in_rotates_session_key_and_csrf_token(client: Client, user) -> None:
    client.get("/api/auth/me/")  # nothing yet
    session = client.session
    session["before"] = "login"
    session.save()
    old_key = session.session_key
    client.cookies[settings.CSRF_COOKIE_NAME] = "a" * 32

    response = sign_in(client)

    assert response.cookies[settings.SESSION_COOKIE_NAME].value != old_key
    new_csrf = response.cookies[settings.CSRF_COOKIE_NAME].value
    assert new_csrf
    assert new_csrf != "a" * 32


def test_sign_in_as_another_user_replaces_the_session(client: Client, user) -> None:
    from accounts.models import User

    User.objects.create_user("bob", "bob@example.com")
    sign_in(client, "alice")
    sign_in(client, "bob")
    assert client.get("/api/auth/me/").json()["username"] == "bob"


def test_sign_in_records_last_login(client: Client, user) -> None:
    sign_in(client)
    user.refresh_from_db()
    assert user.last_login is not None


def test_sign_in_response_is_never_cached(client: Client, user) -> None:
    assert "no-store" in sign_in(client)["Cache-Control"]
