"""What the dev provider refuses, as a careful production provider would (RFC 6749, 6750,
7636, 9700), so a client bug shows up in development."""

import pytest
import requests

from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer
from tests.devidp.test_authorize import exchange


def code_and_verifier(devidp: DevIdpServer, browser: requests.Session) -> tuple[str, str]:
    verifier, challenge = b.pkce_pair()
    url = b.authorization_url(devidp.url, challenge)
    callback = b.log_in_and_authorize(browser, url, "alice", "alice-password")
    return b.query(callback)["code"], verifier


def userinfo(devidp: DevIdpServer, access_token: str) -> requests.Response:
    headers = {"Authorization": f"Bearer {access_token}"}
    return requests.get(f"{devidp.url}/o/userinfo/", headers=headers, timeout=5)


def refresh(devidp: DevIdpServer, refresh_token: str) -> requests.Response:
    return requests.post(
        f"{devidp.url}/o/token/",
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        auth=("dev-spa", "dev-spa-secret"),
        timeout=5,
    )


def test_reusing_a_code_is_refused_and_revokes_what_it_was_exchanged_for(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    code, verifier = code_and_verifier(devidp, browser)
    first = exchange(devidp, code, verifier).json()
    # Tokens refreshed from the first exchange count as issued from the code too.
    rotated = refresh(devidp, first["refresh_token"]).json()
    assert userinfo(devidp, rotated["access_token"]).status_code == 200

    again = exchange(devidp, code, verifier)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"
    assert userinfo(devidp, rotated["access_token"]).status_code == 401
    refused = refresh(devidp, rotated["refresh_token"])
    assert refused.status_code == 400
    assert refused.json()["error"] == "invalid_grant"


def test_a_redirect_uri_other_than_the_authorization_requests_is_invalid_grant(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    code, verifier = code_and_verifier(devidp, browser)
    # Registered for the client, but not the one this code was issued to.
    answer = exchange(devidp, code, verifier, redirect_uri="http://localhost:5173/auth/callback")
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


@pytest.mark.parametrize(
    "challenge",
    ["a" * 42, "a" * 129, "a" * 42 + "!", "a" * 42 + "+", "a" * 42 + "="],
    ids=["42-chars", "129-chars", "bang", "plus", "padding"],
)
def test_a_malformed_code_challenge_is_refused(
    devidp: DevIdpServer, browser: requests.Session, challenge: str
) -> None:
    url = b.authorization_url(devidp.url, challenge, state="st-pkce")
    params = b.query(b.log_in_and_authorize(browser, url, "alice", "alice-password"))
    assert params["error"] == "invalid_request"
    assert params["state"] == "st-pkce"
    assert "code" not in params


def test_userinfo_takes_the_access_token_from_the_header_only(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    code, verifier = code_and_verifier(devidp, browser)
    access_token = exchange(devidp, code, verifier).json()["access_token"]
    endpoint = f"{devidp.url}/o/userinfo/"
    for answer in (
        requests.get(endpoint, params={"access_token": access_token}, timeout=5),
        requests.post(endpoint, data={"access_token": access_token}, timeout=5),
    ):
        assert answer.status_code == 400
        assert answer.headers["Content-Type"] == "application/json"
        assert answer.headers["WWW-Authenticate"].startswith('Bearer error="invalid_request"')
        assert answer.json()["error"] == "invalid_request"
        assert "sub" not in answer.json()
    assert userinfo(devidp, access_token).status_code == 200


def test_userinfo_refusal_is_labelled_json(devidp: DevIdpServer) -> None:
    answer = userinfo(devidp, "not-a-token")
    assert answer.status_code == 401
    assert answer.headers["Content-Type"] == "application/json"
    assert answer.headers["WWW-Authenticate"].startswith("Bearer")
    assert answer.json()["error"] == "invalid_token"
