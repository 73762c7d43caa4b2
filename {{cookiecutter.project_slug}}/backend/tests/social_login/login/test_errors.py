"""Every social-core failure and `requests` failure lands on the API's error table."""

import pytest
import requests
from social_core.exceptions import REASONS, AuthCanceled, AuthInputError, AuthProviderError

from social_login.login.errors import from_social_core, from_unclassified

TABLE = {
    "authorization_denied": {400},
    "state_mismatch": {400},
    "invalid_code": {400},
    "invalid_request": {400},
    "login_not_allowed": {403},
    "identity_in_use": {409},
    "email_in_use": {409},
    "provider_unavailable": {502, 503, 504},
}


@pytest.mark.parametrize("code", sorted(REASONS))
def test_every_social_core_code_has_an_answer(code) -> None:
    error = from_social_core(AuthProviderError(None, code=code), "github")
    assert error.code in TABLE
    assert error.status_code in TABLE[error.code]
    assert error.provider == "github"


@pytest.mark.parametrize(
    ("code", "expected", "status"),
    [
        ("authorization_declined", "authorization_denied", 400),
        ("state_mismatch", "state_mismatch", 400),
        ("session_context_missing", "state_mismatch", 400),
        ("authorization_code_rejected", "invalid_code", 400),
        ("nonce_mismatch", "invalid_code", 400),
        ("authentication_disallowed", "login_not_allowed", 403),
        ("identity_in_use", "identity_in_use", 409),
        ("email_in_use", "email_in_use", 409),
        ("connection_failed", "provider_unavailable", 503),
        ("timeout", "provider_unavailable", 504),
        ("unavailable", "provider_unavailable", 502),
        ("malformed_response", "provider_unavailable", 502),
        ("invalid_setting", "provider_unavailable", 502),
    ],
)
def test_mapping(code, expected, status) -> None:
    error = from_social_core(AuthProviderError(None, code=code), "dev")
    assert (error.code, error.status_code) == (expected, status)


def test_provider_text_stays_in_the_log(caplog) -> None:
    error = from_social_core(AuthCanceled(None, "secret provider detail"), "dev")
    assert "secret provider detail" not in str(error.detail)
    assert "secret provider detail" in caplog.text


def test_missing_state_is_a_state_mismatch() -> None:
    error = from_social_core(AuthInputError(None, parameter="state", code="missing_parameter"), "x")
    assert error.code == "state_mismatch"


@pytest.mark.parametrize(
    ("failure", "status"),
    [
        (requests.ConnectionError("refused"), 503),
        (requests.ConnectTimeout("slow"), 504),
        (requests.ReadTimeout("slow"), 504),
        (requests.HTTPError("500"), 502),
        (ValueError("Expecting value"), 502),
        (KeyError("data"), 502),
    ],
)
def test_unclassified_failures(failure, status) -> None:
    error = from_unclassified(failure, "x")
    assert (error.code, error.status_code) == ("provider_unavailable", status)


def test_provider_5xx_is_never_invalid_code() -> None:
    from social_core.exceptions import AuthCredentialError

    rejected = AuthCredentialError(None, code="authorization_code_rejected", status_code=500)
    error = from_social_core(rejected, "dev")
    assert (error.code, error.status_code) == ("provider_unavailable", 502)
