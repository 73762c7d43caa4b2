"""Helpers of the jwt credentials tests: the endpoints, sign-ins at other times, checks."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.test import Client
from django.utils import timezone

from accounts.models import User
from social_login.credentials.jwt.models import RefreshFamily
from social_login.credentials.jwt.tokens import FAMILY_CLAIM, Credentials, issue, start_family

REFRESH_URL = "/api/auth/token/refresh/"
LOGOUT_URL = "/api/auth/logout/"


def started_at(user: User, when: datetime) -> Credentials:
    """A sign-in that happened at `when` (time travel without freezing the clock)."""
    return start_family(user, now=when)


def near_family_end(user: User, left: timedelta) -> Credentials:
    """A sign-in made long ago, rotated just now, whose absolute lifetime ends `left` from now."""
    now = timezone.now()
    family = RefreshFamily.objects.create(
        user=user,
        created_at=now + left - settings.REFRESH_TOKEN_FAMILY_LIFETIME,
        expires_at=now + left,
    )
    return issue(family, now)


def post_json(client: Client, url: str, refresh: str | None = None, **extra):
    if refresh is not None:
        client.cookies[settings.REFRESH_COOKIE_NAME] = refresh
    return client.post(url, {}, content_type="application/json", **extra)


def refresh_cookie(response) -> str:
    return response.cookies[settings.REFRESH_COOKIE_NAME].value


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]


def assert_cookie_cleared(response) -> None:
    cookie = response.cookies[settings.REFRESH_COOKIE_NAME]
    assert cookie.value == ""
    assert cookie["max-age"] == 0
    assert cookie["path"] == settings.REFRESH_COOKIE_PATH


def after_grace(credentials: Credentials) -> None:
    """Moves the family's last rotation back past the reuse grace: a later replay of the
    rotated-away token is a replay, not a race between tabs."""
    RefreshFamily.objects.filter(pk=credentials.refresh[FAMILY_CLAIM]).update(
        rotated_at=timezone.now() - settings.REFRESH_TOKEN_REUSE_GRACE - timedelta(seconds=1)
    )
