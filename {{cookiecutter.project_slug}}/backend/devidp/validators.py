"""The toolkit's request validator with the dev provider's answers: the claims it releases, and
the OpenID Connect and RFC 6749/7636 checks the toolkit leaves to subclasses."""

import time
from collections.abc import Callable
from typing import Any

from oauth2_provider.oauth2_validators import OAuth2Validator
from oauthlib.common import Request
from oauthlib.oauth2.rfc6749 import errors

from . import pkce, redeemed_codes
from .sign_in_time import HEADER, is_older_than

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

    # prompt=none (OpenID Connect Core 3.1.2.6): False makes oauthlib answer login_required.
    def validate_silent_login(self, request: Request) -> bool:
        signed_in = request.headers.get(HEADER)
        if signed_in is None:
            return False
        return not is_older_than(int(signed_in), request.max_age, time.time())

    # False makes oauthlib answer consent_required: only clients that skip the consent screen
    # have consent without asking (DEVIDP_SKIP_CONSENT=false takes that away from all).
    def validate_silent_authorization(self, request: Request) -> bool:
        return bool(request.client.skip_authorization)

    # oauthlib asks this just before it reads the code_challenge, on every authorization
    # request, and has no hook for the challenge's format.
    def is_pkce_required(self, client_id: str, request: Request) -> bool:
        challenge = request.code_challenge
        if challenge is not None and not pkce.is_well_formed(challenge):
            raise errors.InvalidRequestError(
                description="code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~",
                request=request,
            )
        return super().is_pkce_required(client_id, request)

    # RFC 6749 5.2: a redirect_uri that differs from the authorization request's is
    # invalid_grant (oauthlib would say invalid_request).
    def confirm_redirect_uri(
        self,
        client_id: str,
        code: str,
        redirect_uri: str,
        client: Any,
        request: Request,
        *args: Any,
        **kwargs: Any,
    ) -> bool:
        if not super().confirm_redirect_uri(client_id, code, redirect_uri, client, request):
            raise errors.InvalidGrantError(
                description="redirect_uri differs from the authorization request's",
                request=request,
            )
        return True

    def validate_code(
        self, client_id: str, code: str, client: Any, request: Request, *args: Any, **kwargs: Any
    ) -> bool:
        if super().validate_code(client_id, code, client, request):
            return True
        redeemed_codes.revoke_tokens_of(code)
        return False

    def save_bearer_token(
        self, token: dict[str, Any], request: Request, *args: Any, **kwargs: Any
    ) -> None:
        super().save_bearer_token(token, request, *args, **kwargs)
        if request.grant_type == "authorization_code" and token.get("refresh_token"):
            redeemed_codes.remember(request.code, token["refresh_token"])
