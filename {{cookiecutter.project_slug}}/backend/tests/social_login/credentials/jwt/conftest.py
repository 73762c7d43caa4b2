"""Fixtures of the jwt credentials tests; helpers are in support.py."""

from __future__ import annotations

import pytest

from accounts.models import User
from social_login.credentials.jwt.tokens import Credentials, start_family


@pytest.fixture
def user(db) -> User:
    return User.objects.create_user("alice", "alice@example.com", first_name="Alice")


@pytest.fixture
def signed_in(user) -> Credentials:
    return start_family(user)


@pytest.fixture(autouse=True)
def _fresh_throttle_history():
    """Throttle counts live in the cache: start every test with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
