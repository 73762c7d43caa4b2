import jwt
import pytest
import requests

from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer

CLIENT_SECRET = "dev-spa-secret"


def exchange(
    devidp: DevIdpServer,
    code: str,
    verifier: str,
    secret: str = CLIENT_SECRET,
    redirect_uri: str = b.SPA_CALLBACK,
) -> requests.Response:
    return requests.post(
        f"{devidp.url}/o/token/",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
        },
        auth=("dev-spa", secret),
        timeout=5,
    )


def test_code_flow_issues_a_signed_id_token_with_nonce_and_claims(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    verifier, challenge = b.pkce_pair()
    url = b.authorization_url(devidp.url, challenge, state="st-1", nonce="nonce-1")
    # dev-spa skips consent: the login form leads straight back to the SPA with a code.
    callback = b.log_in_and_authorize(browser, url, "alice", "alice-password")
    assert callback.startswith(f"{b.SPA_CALLBACK}?")
    params = b.query(callback)
    assert params["state"] == "st-1"
    assert params["iss"] == f"{devidp.url}/o"

    tokens = exchange(devidp, params["code"], verifier)
    assert tokens.status_code == 200, tokens.text
    body = tokens.json()
    signing_key = jwt.PyJWKClient(f"{devidp.url}/o/.well-known/jwks.json").get_signing_key_from_jwt(
        body["id_token"]
    )
    claims = jwt.decode(
        body["id_token"],
        signing_key.key,
        algorithms=["RS256"],
        audience="dev-spa",
        issuer=f"{devidp.url}/o",
    )
    assert claims["nonce"] == "nonce-1"
    assert claims["email"] == "alice@example.com"
    assert claims["email_verified"] is True
    assert claims["name"] == "Alice Liddell"
    assert claims["preferred_username"] == "alice"

    userinfo = requests.get(
        f"{devidp.url}/o/userinfo/",
        headers={"Authorization": f"Bearer {body['access_token']}"},
        timeout=5,
    ).json()
    assert userinfo == {
        "sub": claims["sub"],
        "email": "alice@example.com",
        "email_verified": True,
        "name": "Alice Liddell",
        "given_name": "Alice",
        "family_name": "Liddell",
        "preferred_username": "alice",
    }


def test_the_code_needs_the_pkce_verifier_and_the_client_secret(
    devidp: DevIdpServer, browser: requests.Session
) -> None:
    verifier, challenge = b.pkce_pair()
    callback = b.log_in_and_authorize(
        browser, b.authorization_url(devidp.url, challenge), "bob", "bob-password"
    )
    code = b.query(callback)["code"]
    wrong_secret = exchange(devidp, code, verifier, secret="guessed")
    assert wrong_secret.status_code == 401
    assert wrong_secret.json()["error"] == "invalid_client"
    wrong_verifier = exchange(devidp, code, b.pkce_pair()[0])
    assert wrong_verifier.status_code == 400
    assert wrong_verifier.json()["error"] == "invalid_grant"


def test_pkce_is_required(devidp: DevIdpServer, browser: requests.Session) -> None:
    url = b.authorization_url(devidp.url, "unused", state="st-2")
    url = url.replace("&code_challenge=unused&code_challenge_method=S256", "")
    callback = b.log_in_and_authorize(browser, url, "alice", "alice-password")
    params = b.query(callback)
    assert params["error"] == "invalid_request"
    assert "code" not in params


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_redirect_uris_match_on_any_port(
    devidp: DevIdpServer, browser: requests.Session, host: str
) -> None:
    redirect_uri = f"http://{host}:6123/auth/callback"
    verifier, challenge = b.pkce_pair()
    url = b.authorization_url(devidp.url, challenge, redirect_uri=redirect_uri)
    callback = b.log_in_and_authorize(browser, url, "alice", "alice-password")
    assert callback.startswith(f"{redirect_uri}?code=")
    tokens = exchange(devidp, b.query(callback)["code"], verifier, redirect_uri=redirect_uri)
    assert tokens.status_code == 200, tokens.text


@pytest.mark.parametrize(
    "redirect_uri",
    ["http://evil.example/auth/callback", "http://127.0.0.1:5173/elsewhere"],
)
def test_unregistered_redirect_uri_is_refused_without_redirecting(
    devidp: DevIdpServer, browser: requests.Session, redirect_uri: str
) -> None:
    page = b.sign_in(browser, browser.get(f"{devidp.url}/login/"), "alice", "alice-password")
    assert page.status_code == 302
    _, challenge = b.pkce_pair()
    answer = browser.get(
        b.authorization_url(devidp.url, challenge, redirect_uri=redirect_uri),
        allow_redirects=False,
    )
    assert answer.status_code == 400
    assert "Location" not in answer.headers
    assert "invalid_request" in answer.text
