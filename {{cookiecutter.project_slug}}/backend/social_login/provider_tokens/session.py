"""`provider_session(user, "github")`: a requests.Session that calls the provider's API as the
user, with the stored (and, when expired, renewed) access token attached."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import requests
from django.conf import settings
from social_django.models import UserSocialAuth

from ..login.providers import BY_BACKEND_NAME, BY_ID, Provider
from .errors import NotConnected, ReconsentRequired
from .refresh import backend_for, current_tokens


def granted_scopes(tokens: dict[str, Any]) -> frozenset[str]:
    # OAuth 2 separates scopes with spaces; GitHub with commas.
    scope = tokens.get("scope")
    return frozenset(re.split(r"[\s,]+", scope.strip())) if isinstance(scope, str) else frozenset()


def identity_of(user_or_identity: Any, provider_id: str) -> UserSocialAuth:
    if isinstance(user_or_identity, UserSocialAuth):
        return user_or_identity
    provider = BY_ID.get(provider_id)
    identity = (
        UserSocialAuth.objects.filter(user=user_or_identity, provider=provider.backend_name)
        .order_by("-modified", "-id")
        .first()
        if provider is not None
        else None
    )
    if identity is None:
        raise NotConnected(provider_id)
    return identity


def _refuse_revoked(provider: Provider) -> Any:
    def hook(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        # An access token that was valid a moment ago and is refused now: the user revoked
        # the grant at the provider.
        if response.status_code == 401:
            raise ReconsentRequired(provider.id, "the provider refused the access token")

    return hook


def provider_session(
    user_or_identity: Any, provider_id: str | None = None, *, scopes: Iterable[str] = ()
) -> requests.Session:
    """A session for the provider's API as the user (or as that one identity).

    Raises NotConnected when the user has no identity there, and ReconsentRequired when the
    grant is gone (refresh refused, expired without a refresh token, a 401 from the API) or
    lacks one of `scopes`. Requests time out after SOCIAL_LOGIN_PROVIDER_TIMEOUT unless told.
    """
    identity = identity_of(user_or_identity, provider_id or "")
    provider = BY_BACKEND_NAME.get(identity.provider)
    if provider is None:
        raise NotConnected(identity.provider)
    tokens = current_tokens(identity, provider)
    access_token = tokens.get("access_token")
    if not access_token:
        raise ReconsentRequired(provider.id, "no access token stored")
    missing = frozenset(scopes) - granted_scopes(tokens)
    if missing:
        raise ReconsentRequired(provider.id, "scopes not granted", missing)
    session = _TimeoutSession(settings.SOCIAL_AUTH_REQUESTS_TIMEOUT)
    if provider.protocol == "oauth1":
        session.auth = backend_for(provider).oauth_auth(access_token)
    else:
        session.headers["Authorization"] = f"Bearer {access_token}"
    session.hooks["response"].append(_refuse_revoked(provider))
    return session


class _TimeoutSession(requests.Session):
    def __init__(self, timeout: float) -> None:
        super().__init__()
        self.timeout = timeout

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        kwargs.setdefault("timeout", self.timeout)
        return super().request(*args, **kwargs)
