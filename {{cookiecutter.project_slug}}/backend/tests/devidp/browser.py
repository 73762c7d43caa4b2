"""What a browser does at the dev provider, done with requests: follow the authorization URL,
fill in the login form with its CSRF token, answer the consent form."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from html import unescape
from urllib.parse import parse_qs, urlencode, urljoin, urlparse

import requests

SPA_CALLBACK = "http://127.0.0.1:5173/auth/callback"


def hidden_inputs(html: str) -> dict[str, str]:
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    return {name: unescape(value) for name, value in fields}


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def authorization_url(base_url: str, challenge: str, **overrides: str) -> str:
    params = {
        "response_type": "code",
        "client_id": "dev-spa",
        "redirect_uri": SPA_CALLBACK,
        "scope": "openid profile email",
        "state": secrets.token_urlsafe(16),
        "nonce": secrets.token_urlsafe(16),
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        **overrides,
    }
    return f"{base_url}/o/authorize/?{urlencode(params)}"


def sign_in(
    session: requests.Session, login_page: requests.Response, username: str, password: str
) -> requests.Response:
    """Posts the login form the provider served; returns the provider's (unfollowed) answer."""
    form = hidden_inputs(login_page.text)
    return session.post(
        urljoin(login_page.url, "/login/"),
        data={**form, "username": username, "password": password},
        headers={"Referer": login_page.url},
        allow_redirects=False,
    )


def follow_to_client(session: requests.Session, response: requests.Response) -> str:
    """Follows the provider's redirects until one leaves it; returns that URL (the client's
    callback with code and state, or with an error)."""
    provider = urlparse(response.url).netloc
    for _ in range(10):
        location = response.headers.get("Location")
        assert location, f"expected a redirect, got {response.status_code}: {response.text[:500]}"
        target = urljoin(response.url, location)
        if urlparse(target).netloc != provider:
            return target
        response = session.get(target, allow_redirects=False)
    raise AssertionError("too many redirects inside the provider")


def log_in_and_authorize(session: requests.Session, url: str, username: str, password: str) -> str:
    """The whole browser leg: authorization URL -> login form -> back at the client."""
    login_page = session.get(url)
    assert 'name="password"' in login_page.text, login_page.text[:500]
    return follow_to_client(session, sign_in(session, login_page, username, password))


def query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlparse(url).query).items()}
