"""Identities with tokens, and the raw stored value of their extra_data column."""

from __future__ import annotations

from typing import Any

from django.db import connection
from social_django.models import UserSocialAuth

from accounts.models import User
from social_login.provider_tokens import storage


def identity_with(tokens: dict[str, Any], provider: str = "gitlab", **clear: Any) -> UserSocialAuth:
    user = User.objects.create_user(username=f"user-{provider}", email="u@example.com")
    identity = UserSocialAuth.objects.create(user=user, provider=provider, uid="77", extra_data={})
    storage.write(identity, clear, tokens)
    return identity


def raw_extra_data() -> str:
    """What the database holds, read with SQL: no model field decodes anything on the way."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT extra_data FROM social_auth_usersocialauth")
        return " ".join(str(row[0]) for row in cursor.fetchall())
