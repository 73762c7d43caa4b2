"""What the rest of the API asks of auth_mode=session (social_login/credentials/chosen.py)."""

from __future__ import annotations

from rest_framework.request import Request

from . import sign_ins
from .authentication import SessionAuthentication
from .openapi import (
    AUTHENTICATION_ERRORS,
    SIGN_IN_HEADERS,
    UNSAFE_REQUEST_ERRORS,
    SignedInSerializer,
)
from .sign_in import signed_in_response
from .urls import urlpatterns

__all__ = [
    "AUTHENTICATION_ERRORS",
    "SIGN_IN_HEADERS",
    "UNSAFE_REQUEST_ERRORS",
    "SignedInSerializer",
    "check_login_request",
    "sign_ins",
    "signed_in_response",
    "urlpatterns",
]


def check_login_request(request: Request) -> None:
    """Completing a login sets the session cookie, so like every unsafe request of the SPA it
    carries the CSRF token (no login CSRF). The social views authenticate lazily, so the
    session authentication class does not run this check by itself."""
    SessionAuthentication().enforce_csrf(request)
