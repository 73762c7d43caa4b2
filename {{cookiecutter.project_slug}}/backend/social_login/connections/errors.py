"""The errors of /api/auth/connections/, declared in the API's catalogue (core.errors)."""

from __future__ import annotations

from core.errors import ApiError


class LastWayToSignIn(ApiError):
    status_code = 409
    code = "last_login_method"
    message = "This is your last way to sign in: connect another account first."
