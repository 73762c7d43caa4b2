"""What the rest of the API asks of auth_mode=jwt (social_login/credentials/chosen.py)."""

from __future__ import annotations

from rest_framework.request import Request

from . import sign_ins
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
    """Nothing to check: a login request carries no credential a cross-site page could make
    the browser send (the refresh cookie is sent to /api/auth/ paths, but begin and complete
    never read it)."""
