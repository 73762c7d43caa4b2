"""The signed-in user's social identities (social_django's UserSocialAuth): list, disconnect.

Disconnecting runs social-core's disconnect pipeline (SOCIAL_AUTH_DISCONNECT_PIPELINE), whose
first step is `allowed_to_disconnect` below: an identity is never removed when it is the last
way to sign in.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpRequest
from social_core.exceptions import AuthPolicyError
from social_django.models import UserSocialAuth

from .providers import BY_BACKEND_NAME, is_configured
from .strategy import load_backend

DISALLOWED = "disconnect_disallowed"  # social-core's code for a refused disconnect


class LastLoginMethod(Exception):
    """Disconnecting would leave the user no way to sign in."""


def provider_id(backend_name: str) -> str:
    """The registry's provider id of an identity (stored under social-core's backend name)."""
    provider = BY_BACKEND_NAME.get(backend_name)
    return provider.id if provider is not None else backend_name


def connections_of(user: Any):
    return UserSocialAuth.objects.filter(user=user).order_by("created", "id")


def can_sign_in_without(user: Any, association_id: int) -> bool:
    """True if the user keeps a usable password or another identity of an offered provider."""
    if user.has_usable_password():
        return True
    others = connections_of(user).exclude(pk=association_id).values_list("provider", flat=True)
    return any(
        (provider := BY_BACKEND_NAME.get(name)) is not None and is_configured(provider)
        for name in others
    )


def allowed_to_disconnect(
    user: Any, association_id: int | None = None, *args: Any, **kwargs: Any
) -> None:
    """Disconnect pipeline step, in place of social-core's: that one counts only providers
    listed in AUTHENTICATION_BACKENDS, ours are in the registry."""
    if association_id is None or not can_sign_in_without(user, association_id):
        raise AuthPolicyError(kwargs.get("backend"), code=DISALLOWED, stage="disconnect")


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
