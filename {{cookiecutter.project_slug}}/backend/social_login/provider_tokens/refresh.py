"""Renewing an expired access token with the refresh token (social-core's backend does the
request), under a row lock so that two requests do not both spend a rotating refresh token."""

from __future__ import annotations

import time
from typing import Any

from django.db import transaction
from social_core.exceptions import SocialAuthBaseException
from social_django.models import UserSocialAuth

from ..login import errors as login_errors
from ..login.providers import Provider
from ..login.strategy import load_backend
from . import storage
from .errors import ReconsentRequired

# Renew this many seconds before the provider's expiry: the call still has to be made.
EARLY_SECONDS = 60


def is_expired(tokens: dict[str, Any], now: float | None = None) -> bool:
    expires_at = tokens.get("expires_at")
    if not isinstance(expires_at, int):
        return False  # the provider gave no expiry (GitHub OAuth apps): valid until revoked
    return expires_at - EARLY_SECONDS <= (now if now is not None else time.time())


def backend_for(provider: Provider) -> Any:
    # No request and no login flow: only the backend's keys and token endpoint are used.
    return load_backend(provider, None, redirect_uri="", session={})  # type: ignore[arg-type]


def _renewed(provider: Provider, tokens: dict[str, Any]) -> dict[str, Any]:
    refresh_token = tokens.get("refresh_token")
    if not isinstance(refresh_token, str) or not refresh_token:
        raise ReconsentRequired(provider.id, "expired, and no refresh token")
    try:
        response = backend_for(provider).refresh_token(refresh_token)
    except SocialAuthBaseException as error:
        if error.recovery == "reauthenticate":  # invalid_grant: revoked or expired grant
            raise ReconsentRequired(provider.id, f"refresh refused ({error.code})") from None
        raise login_errors.from_social_core(error, provider.id) from error
    except (ValueError, KeyError, TypeError, OSError) as error:  # requests' errors included
        raise login_errors.from_unclassified(error, provider.id) from error
    _, fresh = storage.split(response)
    return storage.merge(tokens, fresh)


def current_tokens(identity: UserSocialAuth, provider: Provider) -> dict[str, Any]:
    """The identity's tokens, its access token renewed first when it has expired."""
    tokens = storage.read(identity)
    if not is_expired(tokens):
        return tokens
    with transaction.atomic():
        locked = UserSocialAuth.objects.select_for_update().get(pk=identity.pk)
        tokens = storage.read(locked)
        if is_expired(tokens):  # not renewed by a concurrent request meanwhile
            tokens = _renewed(provider, tokens)
            clear, _ = storage.split(locked.extra_data)
            storage.write(locked, clear, tokens)
        identity.extra_data = locked.extra_data
    return tokens
