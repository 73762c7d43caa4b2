"""The errors of social login, declared in the API's catalogue (core.errors), and the map of
what can go wrong while talking to a provider onto them.

social-core 7 classifies every failure with a stable `code` (see social_core.exceptions); those
codes, not exception messages, decide the answer. Provider details (descriptions, status codes,
URLs) go to the log only.
"""

from __future__ import annotations

import logging

import requests
from social_core.exceptions import SocialAuthBaseException

from core.errors import ApiError

logger = logging.getLogger(__name__)


# The errors of signing in, declared once each (core.errors.ApiError).
class UnknownProvider(ApiError):
    status_code = 404
    code = "unknown_provider"
    message = "This sign-in provider is not available."


class RedirectUriNotAllowed(ApiError):
    status_code = 400
    code = "redirect_uri_not_allowed"
    message = "This redirect_uri is not allowed."


class InvalidFlow(ApiError):
    status_code = 400
    code = "invalid_flow"
    message = "This sign-in has expired or was already used. Please start again."


class AuthorizationDenied(ApiError):
    status_code = 400
    code = "authorization_denied"
    message = "Sign-in was cancelled at the provider."


class StateMismatch(ApiError):
    status_code = 400
    code = "state_mismatch"
    message = "This answer does not belong to the sign-in that was started. Please start again."


class ProviderRefused(ApiError):
    """The provider answered the authorization request with an error other than the user's
    refusal (invalid_scope, server_error, ...; RFC 6749 4.1.2.1). Anyone can send such an
    answer to complete, so it is the caller's 400, not the provider failing."""

    status_code = 400
    code = "provider_refused"
    message = "The provider refused this sign-in request. Please start again."


class InvalidCode(ApiError):
    status_code = 400
    code = "invalid_code"
    message = "The provider did not accept this sign-in. Please start again."


class MissingParameter(ApiError):
    status_code = 400
    code = "invalid_request"
    message = "A required sign-in parameter is missing."


class LoginNotAllowed(ApiError):
    status_code = 403
    code = "login_not_allowed"
    message = "This account may not sign in here."


class IdentityInUse(ApiError):
    status_code = 409
    code = "identity_in_use"
    message = "This account at the provider is already connected to another user."


class EmailInUse(ApiError):
    status_code = 409
    code = "email_in_use"
    message = (
        "An account with this email address already exists. Sign in to it the way you did "
        "before, then connect this provider from your profile."
    )


class ProviderUnavailable(ApiError):
    status_code = 502
    code = "provider_unavailable"
    message = "The provider answered in a way we could not use. Please try again later."


class ProviderUnreachable(ApiError):
    status_code = 503
    code = "provider_unavailable"
    message = "The provider could not be reached. Please try again later."


class ProviderTimeout(ApiError):
    status_code = 504
    code = "provider_unavailable"
    message = "The provider did not answer in time. Please try again later."


# An error declared above, answered for a provider.
Answer = type[ApiError]

UNAVAILABLE: Answer = ProviderUnavailable
ANSWERS: dict[str, Answer] = {
    "authorization_denied": AuthorizationDenied,
    "state_mismatch": StateMismatch,
    "invalid_code": InvalidCode,
    "provider_refused": ProviderRefused,
    "invalid_request": MissingParameter,
    "login_not_allowed": LoginNotAllowed,
    "identity_in_use": IdentityInUse,
    "email_in_use": EmailInUse,
    "connection_failed": ProviderUnreachable,
    "timeout": ProviderTimeout,
    "provider_unavailable": UNAVAILABLE,
}

# social-core's error code -> key of ANSWERS.
SOCIAL_CORE_CODES: dict[str, str] = {
    "authorization_declined": "authorization_denied",
    "state_mismatch": "state_mismatch",
    "session_context_missing": "state_mismatch",
    "user_mismatch": "state_mismatch",
    "missing_parameter": "invalid_request",
    "invalid_parameter": "invalid_request",
    "email_verification_rejected": "invalid_request",
    "authorization_code_rejected": "invalid_code",
    "credential_rejected": "invalid_code",
    "token_revoked": "invalid_code",
    "reauthentication_required": "invalid_code",
    # The ID token's nonce is not this flow's: a code obtained in another login.
    "nonce_mismatch": "invalid_code",
    "authentication_disallowed": "login_not_allowed",
    "membership_required": "login_not_allowed",
    "profile_email_missing": "login_not_allowed",
    "identity_in_use": "identity_in_use",
    "username_in_use": "identity_in_use",
    "identifier_migration_conflict": "identity_in_use",
    "email_in_use": "email_in_use",
    "connection_failed": "connection_failed",
    "timeout": "timeout",
    # Everything else the provider did wrong (5xx, 429, garbage, bad signatures, missing
    # claims) and our own misconfiguration it reported (invalid_client, ...): 502.
}


def api_error(answer: Answer, provider: str) -> ApiError:
    return answer(provider=provider)


def from_social_core(error: SocialAuthBaseException, provider: str) -> ApiError:
    key = SOCIAL_CORE_CODES.get(error.code, "provider_unavailable")
    if _refused_in_callback(error) and key == "provider_unavailable":
        key = "provider_refused"
    if error.code == "missing_parameter" and error.parameter in ("state", "oauth_token"):
        key = "state_mismatch"  # nothing ties this answer to the flow
    if error.status_code is not None and error.status_code >= 500 and key != "timeout":
        key = "provider_unavailable"  # a failing provider, whatever its body says
    answer = ANSWERS[key]
    logger.log(
        _level(answer, error),
        "Sign-in with %s failed: %s (%s, stage %s, provider code %r, HTTP %s) %s",
        provider,
        error.code,
        type(error).__name__,
        error.stage,
        error.provider_code,
        error.status_code,
        error.detail,
        exc_info=answer.status_code >= 500,
    )
    return api_error(answer, provider)


def _refused_in_callback(error: SocialAuthBaseException) -> bool:
    """The provider's `error` parameter in the answer sent to complete, not an HTTP failure."""
    return error.stage == "callback" and error.provider_code is not None and not error.status_code


def _level(answer: Answer, error: SocialAuthBaseException) -> int:
    if answer is ProviderRefused:
        return logging.INFO  # anyone can send it: no alarm
    return logging.ERROR if error.source == "configuration" else logging.WARNING


def from_unclassified(error: Exception, provider: str) -> ApiError:
    """For provider calls that escaped social-core's own classification: a `requests` failure,
    or a reply a backend could not read (a missing key, a list instead of an object)."""
    if isinstance(error, requests.Timeout):
        answer = ANSWERS["timeout"]
    elif isinstance(error, requests.ConnectionError):
        answer = ANSWERS["connection_failed"]
    else:  # HTTP errors, undecodable or unexpected replies
        answer = UNAVAILABLE
    log = logger.warning if isinstance(error, requests.RequestException) else logger.error
    log("Sign-in with %s failed on the provider's reply", provider, exc_info=error)
    return api_error(answer, provider)
