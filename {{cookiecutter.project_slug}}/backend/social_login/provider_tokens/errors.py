"""What can stop a call of the provider's API on the user's behalf, and its API answer."""

from __future__ import annotations

from core.errors import ApiError


class ReconsentRequiredError(ApiError):
    """The API's answer to ReconsentRequired (declared once, in the error catalogue)."""

    status_code = 403
    code = "reconsent_required"
    message = (
        "The provider no longer lets this app act for you, or needs more permissions: connect "
        "this account again."
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
        return ReconsentRequiredError(provider=self.provider)


class NotConnected(LookupError):
    """The user has no identity at that provider."""
