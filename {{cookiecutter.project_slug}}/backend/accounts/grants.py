"""Revoking the grants a user gave to social providers, when the account is deleted."""

from __future__ import annotations

import logging

from django.http import HttpRequest
from social_django.models import UserSocialAuth
from social_django.utils import load_strategy

logger = logging.getLogger(__name__)


def revoke_provider_grants(request: HttpRequest, user) -> None:
    """Ask each provider that supports it (social-core's REVOKE_TOKEN_URL) to revoke the
    stored access token. A provider that fails does not keep the user from leaving: the
    failure is logged and the deletion goes on."""
    strategy = load_strategy(request)
    for identity in UserSocialAuth.objects.filter(user=user):
        try:
            _revoke(identity, strategy)
        except Exception:  # any provider failure (HTTP, network, missing backend): go on
            logger.warning(
                "Could not revoke the %s grant of user %s", identity.provider, user.pk,
                exc_info=True,
            )


def _revoke(identity: UserSocialAuth, strategy) -> None:
    token = identity.access_token
    if not token:
        return
    backend = identity.get_backend_instance(strategy)
    if backend is None or not getattr(backend, "REVOKE_TOKEN_URL", None):
        return
    backend.revoke_token(token, identity.uid)
