"""The example use of provider_session: the user's profile, fresh from the provider's API."""

from __future__ import annotations

from typing import Any

import requests
from social_django.models import UserSocialAuth

from ..login import errors as login_errors
from ..login.providers import BY_BACKEND_NAME, Provider
from .refresh import backend_for
from .session import provider_session

# The profile endpoint of providers that are not OpenID Connect (those have userinfo).
PROFILE_URLS: dict[str, str] = {
    "github": "https://api.github.com/user",
    "gitlab": "https://gitlab.com/api/v4/user",
    "discord": "https://discord.com/api/users/@me",
    "facebook": "https://graph.facebook.com/me",
    "microsoft": "https://graph.microsoft.com/oidc/userinfo",
    "x": "https://api.x.com/2/users/me",
}


class NoProfileApi(Exception):
    """The provider offers no profile endpoint (Apple, OAuth 1.0a X)."""


def profile_url(provider: Provider) -> str:
    if provider.protocol == "oidc":
        return backend_for(provider).userinfo_url()
    if provider.id not in PROFILE_URLS:
        raise NoProfileApi(provider.id)
    return PROFILE_URLS[provider.id]


def fresh_profile(identity: UserSocialAuth) -> dict[str, Any]:
    """The provider's current profile of this identity. Raises ReconsentRequired, NoProfileApi,
    or the API's provider_unavailable error."""
    provider = BY_BACKEND_NAME[identity.provider]
    url = profile_url(provider)
    with provider_session(identity) as session:
        try:
            response = session.get(url)
            response.raise_for_status()
            profile = response.json()
        except (requests.RequestException, ValueError) as error:
            raise login_errors.from_unclassified(error, provider.id) from error
    if not isinstance(profile, dict):
        raise login_errors.api_error(login_errors.UNAVAILABLE, provider.id)
    return profile
