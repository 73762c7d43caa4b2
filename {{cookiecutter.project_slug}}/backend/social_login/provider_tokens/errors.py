"""What can stop a call of the provider's API on the user's behalf, and its API answer."""

from __future__ import annotations

from core.errors import ApiError

# API code, HTTP status, message for the client (declared once, like login/errors.py's).
RECONSENT_REQUIRED = (
    "reconsent_required",
    403,
    "The provider no longer lets this app act for you, or needs more permissions: connect "
    "this account again.",
)


class ReconsentRequired(Exception):
    """The grant is gone (revoked, expired without a refresh token) or lacks a scope: the user
    must go through the provider's consent again (begin with `intent: connect`)."""

    def __init__(self, provider: str, reason: str, missing_scopes: frozenset[str] = frozenset()):
        super().__init__(f"{provider}: {reason}")
        self.provider = provider
        self.reason = reason
        self.missing_scopes = missing_scopes

    def as_api_error(self) -> ApiError:
        code, status, message = RECONSENT_REQUIRED
        return ApiError(message, code=code, status_code=status, provider=self.provider)


class NotConnected(LookupError):
    """The user has no identity at that provider."""
