"""The serializer that describes the signed-in user (in /api/auth/me/ and sign-in answers),
replaceable by the ACCOUNTS_USER_SERIALIZER setting."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.utils.module_loading import import_string
from rest_framework import serializers


def get_user_serializer_class() -> type[serializers.BaseSerializer]:
    """The class named by settings.ACCOUNTS_USER_SERIALIZER."""
    return import_string(settings.ACCOUNTS_USER_SERIALIZER)


def user_data(user: Any) -> dict[str, Any]:
    return get_user_serializer_class()(user).data
