"""What auth_mode=jwt adds to the schema: its errors, its sign-in body and its cookie."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers

from core.errors import ApiError, NotAuthenticated
from social_login.login.serializers import SignedInSerializer as SignedInBase

from .errors import TokenInvalid

# 401s of a call that needs the access token; unsafe calls carry no CSRF token in this mode.
AUTHENTICATION_ERRORS: tuple[type[ApiError], ...] = (NotAuthenticated, TokenInvalid)
UNSAFE_REQUEST_ERRORS: tuple[type[ApiError], ...] = ()


def refresh_cookie_header(*statuses: int, cleared: bool = False) -> OpenApiParameter:
    """The Set-Cookie response header of the refresh cookie, on the given statuses."""
    what = "clears" if cleared else "sets (rotates)"
    return OpenApiParameter(
        "Set-Cookie",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=list(statuses),
        description=(
            f"{what} the `{settings.REFRESH_COOKIE_NAME}` cookie: HttpOnly, SameSite="
            f"{settings.REFRESH_COOKIE_SAMESITE}, Path={settings.REFRESH_COOKIE_PATH}, "
            "Secure outside DEBUG."
        ),
    )


# The cookie a successful sign-in sets (social_login.login.views.CompleteView).
SIGN_IN_HEADERS = [refresh_cookie_header(200)]


class SignedInSerializer(SignedInBase):
    """A sign-in's answer: the user, whether this sign-in created them, and the access token
    (the refresh token is in its cookie)."""

    access = serializers.CharField(help_text="The short-lived access token (Bearer).")
