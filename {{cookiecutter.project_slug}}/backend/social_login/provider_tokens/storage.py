"""Where an identity's provider tokens live: sealed (crypto.py) in one entry of social-auth's
`extra_data`, next to the provider's non-secret data (its user id, login, auth_time).

No token field is ever written in clear: `save` splits what social-core extracted into the
clear part and the tokens, and writes nothing when neither changed.
"""

from __future__ import annotations

import time
from typing import Any

from social_django.models import UserSocialAuth

from . import crypto

SEALED = "provider_tokens"
# Fields social-core's backends extract that are credentials, or tell about them (expiry,
# granted scopes): all sealed. OAuth 1.0a keeps its token and secret as a dict in access_token.
TOKEN_FIELDS = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "token_type",
        "expires_in",
        "expires",
        "expires_on",
        "scope",
        "oauth_token",
        "oauth_token_secret",
    }
)
# Changes every sign-in: alone, it is no reason to write.
_VOLATILE = frozenset({"auth_time"})


def split(extra_data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(clear part, tokens) of social-core's extra data; None values are dropped."""
    clear = {k: v for k, v in extra_data.items() if k not in TOKEN_FIELDS and k != SEALED}
    tokens = {k: v for k, v in extra_data.items() if k in TOKEN_FIELDS and v is not None}
    return clear, tokens


def read(identity: UserSocialAuth) -> dict[str, Any]:
    """The identity's tokens in clear; tokens stored before encryption existed count too."""
    extra_data = identity.extra_data if isinstance(identity.extra_data, dict) else {}
    _, legacy = split(extra_data)
    sealed = extra_data.get(SEALED)
    return {**legacy, **(crypto.open_sealed(sealed) if isinstance(sealed, str) else {})}


def merge(old: dict[str, Any], fresh: dict[str, Any], now: int | None = None) -> dict[str, Any]:
    """The tokens after a provider's reply: fresh values win; a refresh token the reply leaves
    out (Google sends one at first consent only) is kept. `expires_at` (epoch seconds) is
    derived from `expires_in` when the access token is new."""
    tokens = {**old, **fresh}
    if fresh.get("access_token", old.get("access_token")) == old.get("access_token"):
        return tokens  # the same access token: its expiry has not moved
    tokens.pop("expires_at", None)
    expires_in = fresh.get("expires_in", fresh.get("expires"))
    if isinstance(expires_in, int | str) and str(expires_in).isdigit():
        tokens["expires_at"] = int(now if now is not None else time.time()) + int(expires_in)
    return tokens


def _stable(extra_data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in extra_data.items() if k not in _VOLATILE and k != SEALED}


def write(identity: UserSocialAuth, clear: dict[str, Any], tokens: dict[str, Any]) -> bool:
    """Stores `clear` and the sealed `tokens`; False, and no write, when nothing changed."""
    current = identity.extra_data if isinstance(identity.extra_data, dict) else {}
    current_clear, legacy = split(current)
    unchanged = (
        not legacy
        and isinstance(current.get(SEALED), str)
        # Keys other steps keep next to them (connections' label) are not this step's to compare.
        and all(current_clear.get(key) == value for key, value in _stable(clear).items())
        and read(identity) == tokens
    )
    if unchanged:
        return False
    identity.extra_data = {**current_clear, **clear, SEALED: crypto.seal(tokens)}
    identity.save(update_fields=["extra_data", "modified"])
    return True


def save(identity: UserSocialAuth, extra_data: dict[str, Any]) -> bool:
    """Stores what social-core's backend extracted from a provider's reply."""
    clear, fresh = split(extra_data)
    try:
        old = read(identity)
    except crypto.UnreadableTokens:
        old = {}  # sealed under a retired key: the fresh tokens replace them
    return write(identity, clear, merge(old, fresh))
