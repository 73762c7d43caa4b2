"""Revoking the grants a user gave to social providers, when the account is deleted."""

from __future__ import annotations

import logging

from django.http import HttpRequest
from social_django.models import UserSocialAuth

from social_login.login.providers import BY_BACKEND_NAME
from social_login.login.strategy import load_backend

logger = logging.getLogger(__name__)


def revoke_provider_grants(request: HttpRequest, user) -> None:
    """Ask each provider that supports it (social-core's revoke_token) to revoke the
    stored access token. A provider that fails does not keep the user from leaving: the
    failure is logged and the deletion goes on."""
    for identity in UserSocialAuth.objects.filter(user=user):
        try:
            _revoke(identity, request)
        except Exception:  # any provider failure (HTTP, network, missing backend): go on
            logger.warning(
                "Could not revoke the %s grant of user %s",
                identity.provider,
                user.pk,
                exc_info=True,
            )


def _revoke(identity: UserSocialAuth, request: HttpRequest) -> None:
    token = identity.access_token
    provider = BY_BACKEND_NAME.get(identity.provider)
    if not token or provider is None:  # nothing to revoke, or its provider left the registry
        return
    backend = load_backend(provider, request, redirect_uri="", session={})
    # None: the provider has no revocation endpoint in social-core; False: it said no.
    if backend.revoke_token(token, identity.uid) is False:
        logger.warning("%s refused to revoke the grant of %s", identity.provider, identity.pk)
