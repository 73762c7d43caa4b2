from __future__ import annotations

import uuid

from django.contrib.auth import get_user_model
from django.utils import timezone
from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from rest_framework.request import Request
from rest_framework_simplejwt import authentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import Token
from rest_framework_simplejwt.utils import get_md5_hash_password

from .tokens import FAMILY_CLAIM


class JWTAuthentication(authentication.JWTAuthentication):
    """simplejwt's Bearer authentication that also refuses access tokens whose family
    (sign-in) was revoked or has ended: logout and token-reuse detection take effect at once,
    not when the access token expires. Same single query as simplejwt's own user lookup.

    A refused token is this mode's declared TokenInvalid (token_invalid), not simplejwt's
    InvalidToken, whose body core.errors does not know."""

    def authenticate(self, request: Request):
        # Imported here: DRF imports this module while rest_framework.views, which core.errors
        # needs, is still loading.
        from .errors import TokenInvalid

        try:
            return super().authenticate(request)
        except InvalidToken as exc:
            raise TokenInvalid() from exc

    def get_user(self, validated_token: Token):
        try:
            user_id = validated_token[api_settings.USER_ID_CLAIM]
            family_id = uuid.UUID(str(validated_token[FAMILY_CLAIM]))
        except (KeyError, ValueError) as exc:
            raise InvalidToken("Token contained no recognizable user or sign-in.") from exc

        user = (
            get_user_model()
            .objects.filter(
                **{api_settings.USER_ID_FIELD: user_id},
                refresh_families__pk=family_id,
                refresh_families__revoked_at__isnull=True,
                refresh_families__expires_at__gt=timezone.now(),
            )
            .first()
        )
        if user is None:
            raise InvalidToken("This sign-in has ended.")
        if not api_settings.USER_AUTHENTICATION_RULE(user):
            raise AuthenticationFailed("User is inactive.", code="user_inactive")
        if api_settings.CHECK_REVOKE_TOKEN and validated_token.get(
            api_settings.REVOKE_TOKEN_CLAIM
        ) != get_md5_hash_password(user.password):
            raise AuthenticationFailed(
                "The user's password has been changed.", code="password_changed"
            )
        return user


class JWTAuthenticationScheme(SimpleJWTScheme):
    """OpenAPI: the same Bearer scheme as simplejwt's class (drf-spectacular matches classes
    exactly)."""

    target_class = "social_login.credentials.jwt.authentication.JWTAuthentication"
