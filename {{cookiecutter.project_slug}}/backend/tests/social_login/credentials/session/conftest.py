from __future__ import annotations

import pytest

from accounts.models import User


@pytest.fixture
def user(db) -> User:
    return User.objects.create_user("alice", "alice@example.com", first_name="Alice")
