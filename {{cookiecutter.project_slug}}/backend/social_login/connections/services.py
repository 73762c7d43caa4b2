"""The signed-in user's social identities (social_django's UserSocialAuth): list, disconnect.

Disconnecting runs the disconnect pipeline (connections/pipeline.py), whose first step refuses
to remove the last way to sign in.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from social_core.exceptions import AuthPolicyError
from social_django.models import UserSocialAuth

from ..login.providers import BY_BACKEND_NAME
from ..login.strategy import load_backend
from .pipeline import DISALLOWED, can_sign_in_without


class LastLoginMethod(Exception):
    """Disconnecting would leave the user no way to sign in."""


def provider_id(backend_name: str) -> str:
    """The registry's provider id of an identity (stored under social-core's backend name)."""
    provider = BY_BACKEND_NAME.get(backend_name)
    return provider.id if provider is not None else backend_name


def connections_of(user: Any) -> QuerySet[UserSocialAuth]:
    return UserSocialAuth.objects.filter(user=user).order_by("created", "id")


def disconnect(request: HttpRequest, user: Any, association: UserSocialAuth) -> None:
    """Removes `association` through the provider's disconnect pipeline. Raises
    LastLoginMethod. The user row is locked so that two concurrent disconnects cannot remove
    the last two identities."""
    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        provider = BY_BACKEND_NAME.get(association.provider)
        if provider is None:
            # Its provider left the registry: nothing to run the pipeline with.
            if not can_sign_in_without(user, association.pk):
                raise LastLoginMethod()
            association.delete()
            return
        backend = load_backend(provider, request, redirect_uri="", session={})
        try:
            backend.disconnect(user=user, association_id=association.pk)
        except AuthPolicyError as exc:
            if exc.code != DISALLOWED:
                raise
            raise LastLoginMethod() from exc
