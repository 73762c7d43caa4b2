"""prompt=none and max_age (OpenID Connect Core 3.1.2.1, 3.1.2.6): errors go back to the
client's redirect_uri with its state, never a page and never a 500."""

import pytest
import requests

from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer


def signed_in(devidp: DevIdpServer, session: requests.Session, user: str = "alice") -> None:
    answer = b.sign_in(session, session.get(f"{devidp.url}/login/"), user, f"{user}-password")
    assert answer.status_code == 302


def authorize(devidp: DevIdpServer, session: requests.Session, **params: str) -> dict[str, str]:
    """Sends an authorization request; returns the parameters it brings the client."""
    _, challenge = b.pkce_pair()
    url = b.authorization_url(devidp.url, challenge, state="st-silent", **params)
    answer = session.get(url, allow_redirects=False)
    assert answer.status_code == 302, answer.text[:500]
    assert answer.headers["Location"].startswith(f"{b.SPA_CALLBACK}?")
    return b.query(answer.headers["Location"])


def test_prompt_none_without_a_session_is_login_required(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    params = authorize(devidp, browser, prompt="none")
    assert params == {
        "error": "login_required",
        "state": "st-silent",
        "iss": f"{devidp.url}/o",  # RFC 9207: errors name the issuer too
    }


def test_prompt_none_with_a_session_and_a_preapproved_client_returns_a_code(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    signed_in(devidp, browser)
    params = authorize(devidp, browser, prompt="none")
    assert params["state"] == "st-silent"
    assert "code" in params
    assert "error" not in params


def test_prompt_none_when_consent_is_asked_is_consent_required(
    strict_devidp: DevIdpServer, browser: requests.Session
) -> None:
    signed_in(strict_devidp, browser)
    params = authorize(strict_devidp, browser, prompt="none")
    assert params["error"] == "consent_required"
    assert params["state"] == "st-silent"


def test_prompt_none_with_other_values_is_invalid(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    signed_in(devidp, browser)
    params = authorize(devidp, browser, prompt="none login")
    assert params["error"] == "invalid_request"


def test_prompt_none_with_a_sign_in_older_than_max_age_is_login_required(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    signed_in(devidp, browser)
    params = authorize(devidp, browser, prompt="none", max_age="0")
    assert params["error"] == "login_required"


def test_max_age_zero_asks_to_sign_in_again_then_issues_a_code(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    signed_in(devidp, browser)
    _, challenge = b.pkce_pair()
    url = b.authorization_url(devidp.url, challenge, state="st-fresh", max_age="0")
    login_page = browser.get(url)
    assert login_page.url.startswith(f"{devidp.url}/login/?next=/o/authorize/")
    assert "max_age" not in login_page.url  # back from the form the condition is met
    callback = b.follow_to_client(browser, b.sign_in(browser, login_page, "bob", "bob-password"))
    params = b.query(callback)
    assert params["state"] == "st-fresh"
    assert "code" in params


@pytest.mark.parametrize("max_age", ["3600", "junk"])
def test_a_recent_enough_sign_in_or_an_unreadable_max_age_issues_a_code(
    devidp: DevIdpServer, browser: requests.Session, max_age: str
) -> None:
    signed_in(devidp, browser)
    assert "code" in authorize(devidp, browser, max_age=max_age)


@pytest.mark.parametrize("prompt", ["", "login"])
def test_signed_out_with_max_age_zero_signs_in_once(
    devidp: DevIdpServer, browser: requests.Session, prompt: str
) -> None:
    # The sign-in the request leads to satisfies max_age (and prompt=login): coming back a
    # fraction of a second "too old" must not ask again.
    _, challenge = b.pkce_pair()
    url = b.authorization_url(devidp.url, challenge, state="st-once", max_age="0", prompt=prompt)
    params = b.query(b.log_in_and_authorize(browser, url, "alice", "alice-password"))
    assert params["state"] == "st-once"
    assert "code" in params
