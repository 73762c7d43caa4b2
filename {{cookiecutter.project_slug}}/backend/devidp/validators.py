"""The claims the provider releases: the standard profile and email claims, by granted scope
(the toolkit filters them through `oidc_claim_scope`)."""

from collections.abc import Callable
from typing import Any

from oauth2_provider.oauth2_validators import OAuth2Validator

Claim = Callable[[Any], Any]


class DevIdpValidator(OAuth2Validator):
    # Without a request argument the toolkit can also list these in discovery's
    # claims_supported; each value is computed per request from request.user.
    def get_additional_claims(self) -> dict[str, Claim]:
        return {
            "email": lambda request: request.user.email,
            # Dev accounts are made by the developer: their addresses count as verified, like
            # a provider that checked them, so the API's verified-email rules can be exercised.
            "email_verified": lambda request: True,
            "name": lambda request: request.user.get_full_name() or request.user.username,
            "given_name": lambda request: request.user.first_name,
            "family_name": lambda request: request.user.last_name,
            "preferred_username": lambda request: request.user.username,
        }
