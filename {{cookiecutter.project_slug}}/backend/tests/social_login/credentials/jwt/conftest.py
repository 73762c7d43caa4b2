from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from accounts.models import User
from social_login.credentials.jwt.tokens import Credentials, start_family

REFRESH_URL = "/api/auth/token/refresh/"
LOGOUT_URL = "/api/auth/logout/"


@pytest.fixture
def user(db) -> User:
    return User.objects.create_user("alice", "alice@example.com", first_name="Alice")


@pytest.fixture
def signed_in(user) -> Credentials:
    return start_family(user)


def started_at(user: User, when: datetime) -> Credentials:
    """A sign-in that happened at `when` (time travel without freezing the clock)."""
    return start_family(user, now=when)


def near_family_end(user: User, left: timedelta) -> Credentials:
    """A sign-in whose absolute lifetime ends `left` from now."""
    return started_at(user, timezone.now() - settings.REFRESH_TOKEN_FAMILY_LIFETIME + left)


def post_json(client: Client, url: str, refresh: str | None = None, **extra):
    if refresh is not None:
        client.cookies[settings.REFRESH_COOKIE_NAME] = refresh
    return client.post(url, {}, content_type="application/json", **extra)
