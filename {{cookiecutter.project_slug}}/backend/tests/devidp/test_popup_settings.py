"""The two switches the e2e popup tests use: DEVIDP_COOP and DEVIDP_SKIP_CONSENT."""

import requests

from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer


def test_no_cross_origin_opener_policy_by_default(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    _, challenge = b.pkce_pair()
    login_page = browser.get(b.authorization_url(devidp.url, challenge))
    authorize = b.sign_in(browser, login_page, "alice", "alice-password")
    for response in (*login_page.history, login_page, authorize):
        assert "Cross-Origin-Opener-Policy" not in response.headers, response.url


def test_devidp_coop_sets_the_header(strict_devidp: DevIdpServer) -> None:
    for path in ("/login/", "/o/authorize/"):
        response = requests.get(f"{strict_devidp.url}{path}", timeout=5)
        assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_consent_can_be_forced_and_denied(
    strict_devidp: DevIdpServer, browser: requests.Session
) -> None:
    _, challenge = b.pkce_pair()
    url = b.authorization_url(strict_devidp.url, challenge, state="st-deny")
    login_page = browser.get(url)
    consent = browser.get(
        strict_devidp.url
        + b.sign_in(browser, login_page, "bob", "bob-password").headers["Location"]
    )
    assert consent.status_code == 200
    assert "<h1>Allow Dev SPA?</h1>" in consent.text
    assert "See your email address" in consent.text
    # The Deny button submits the form without "allow".
    denied = browser.post(
        consent.url,
        data=b.hidden_inputs(consent.text),
        headers={"Referer": consent.url},
        allow_redirects=False,
    )
    params = b.query(b.follow_to_client(browser, denied))
    assert params == {
        "error": "access_denied",
        "state": "st-deny",
        "iss": f"{strict_devidp.url}/o",  # RFC 9207: errors name the issuer too
    }


def test_forced_consent_can_be_allowed(
    strict_devidp: DevIdpServer, browser: requests.Session
) -> None:
    _, challenge = b.pkce_pair()
    login_page = browser.get(b.authorization_url(strict_devidp.url, challenge))
    consent = browser.get(
        strict_devidp.url
        + b.sign_in(browser, login_page, "alice", "alice-password").headers["Location"]
    )
    allowed = browser.post(
        consent.url,
        data={**b.hidden_inputs(consent.text), "allow": "Authorize"},
        headers={"Referer": consent.url},
        allow_redirects=False,
    )
    assert "code" in b.query(b.follow_to_client(browser, allowed))
