"""The errors only auth_mode=jwt answers, declared in the API's catalogue (core.errors): a
session bake's schema has none of them."""

from __future__ import annotations

from rest_framework import exceptions

from core.errors import ApiError


class TokenInvalid(ApiError, exceptions.AuthenticationFailed):
    """A token was sent but is expired, forged or revoked. Also DRF's AuthenticationFailed, so
    that DRF adds the WWW-Authenticate header of JWTAuthentication."""

    status_code = 401
    code = "token_invalid"
    message = "The sign-in has expired or was revoked."


class OriginNotAllowed(ApiError):
    status_code = 403
    code = "origin_not_allowed"
    message = "Requests from this origin are not allowed."
