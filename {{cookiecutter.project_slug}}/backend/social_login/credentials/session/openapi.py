"""What auth_mode=session adds to the schema: its errors, its sign-in body and its cookies."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter

from core.errors import ApiError, NotAuthenticated
from social_login.login.serializers import SignedInSerializer

from .errors import CsrfFailed

# 401s of a call that needs a signed-in user; every unsafe call checks the CSRF token.
AUTHENTICATION_ERRORS: tuple[type[ApiError], ...] = (NotAuthenticated,)
UNSAFE_REQUEST_ERRORS: tuple[type[ApiError], ...] = (CsrfFailed,)

__all__ = [
    "AUTHENTICATION_ERRORS",
    "SIGN_IN_HEADERS",
    "UNSAFE_REQUEST_ERRORS",
    "SignedInSerializer",
    "cookie_header",
    "require_csrf_on_unsafe_calls",
]


def cookie_header(*statuses: int, description: str) -> OpenApiParameter:
    return OpenApiParameter(
        "Set-Cookie",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=list(statuses),
        description=description,
    )


def csrf_cookie_header(*statuses: int) -> OpenApiParameter:
    return cookie_header(
        *statuses,
        description=f"sets the `{settings.CSRF_COOKIE_NAME}` cookie (CSRF token, SameSite=Lax).",
    )


# A sign-in starts a new session, and rotates the CSRF token with it.
SIGN_IN_HEADERS = [
    cookie_header(
        200,
        description=(
            f"sets the `{settings.SESSION_COOKIE_NAME}` cookie (HttpOnly, SameSite=Lax, Secure "
            f"outside DEBUG) and a new `{settings.CSRF_COOKIE_NAME}` cookie."
        ),
    )
]
LOGOUT_HEADERS = [
    cookie_header(
        204,
        description=f"clears the `{settings.SESSION_COOKIE_NAME}` cookie when one was sent.",
    )
]


UNSAFE_METHODS = ("post", "put", "patch", "delete")
CSRF_PAIR = {"csrfCookie": [], "csrfHeader": []}


def require_csrf_on_unsafe_calls(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Postprocessing hook (AUTH_SCHEMA_HOOKS in config/settings/auth_session.py): every
    unsafe call carries the CSRF cookie and header, signed in or not (the authentication
    class and check_login_request refuse it otherwise), so each way of calling it, the
    signed-out one ({}) included, requires the pair."""
    for operations in result["paths"].values():
        for method, operation in operations.items():
            if method in UNSAFE_METHODS and "security" in operation:
                operation["security"] = [
                    {**alternative, **CSRF_PAIR} for alternative in operation["security"]
                ]
    return result
