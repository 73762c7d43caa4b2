"""The disconnect pipeline: DISCONNECT_PIPELINE below, in order, then its own step.

Its first step refuses to remove an identity that is the user's last way to sign in."""

from __future__ import annotations

from typing import Any

from social_core.exceptions import AuthPolicyError
from social_django.models import UserSocialAuth

from ..login.providers import BY_BACKEND_NAME, is_configured

DISALLOWED = "disconnect_disallowed"  # social-core's code for a refused disconnect

# What a disconnect runs, in order (the strategy's default; SOCIAL_AUTH_DISCONNECT_PIPELINE
# replaces it).
DISCONNECT_PIPELINE = (
    "social_login.connections.pipeline.allowed_to_disconnect",
    "social_core.pipeline.disconnect.get_entries",
    "social_core.pipeline.disconnect.revoke_tokens",
    "social_core.pipeline.disconnect.disconnect",
)


def can_sign_in_without(user: Any, association_id: int) -> bool:
    """True if the user keeps a usable password or another identity of an offered provider."""
    if user.has_usable_password():
        return True
    others = (
        UserSocialAuth.objects.filter(user=user)
        .exclude(pk=association_id)
        .values_list("provider", flat=True)
    )
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
