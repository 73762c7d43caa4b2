"""How a signed-in user stays signed in: JWT access + refresh cookie, or Django's session.

The code of each auth mode lives in its own subpackage (`jwt/`, `session/`); the project
generator keeps only the chosen one.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser
    from django.http import HttpRequest
    from rest_framework.request import Request
    from rest_framework.response import Response


def signed_in_response(
    request: Request | HttpRequest, user: AbstractBaseUser, *, is_new: bool
) -> Response:
    """The 200 answer of a successful sign-in: `{"user", "is_new"}`, plus `"access"` and the
    refresh cookie (a new token family) in jwt mode, or a fresh session in session mode."""
    # Imported here, not at module level: the jwt app inside this package loads this module
    # before the models are ready.
    mode = import_module(f"{__name__}.{settings.AUTH_MODE}.sign_in")
    return mode.signed_in_response(request, user, is_new=is_new)
