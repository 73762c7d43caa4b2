"""Authlib, an OpenID Connect client written by others, as the relying party: if it accepts the
dev provider (discovery, PKCE S256, nonce, the ID token's signature against the JWKS and its
iss/aud/exp/nonce/at_hash/auth_time, userinfo) so will other clients, and it sees the refusals a
careful provider gives. Only the browser's part (the login form) is played by tests/devidp."""

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session, OAuthError
from authlib.oidc.core import CodeIDToken
from authlib.oidc.discovery import OpenIDProviderMetadata
from joserfc import jwt
from joserfc.errors import BadSignatureError, InvalidClaimError
from joserfc.jwk import KeySet

from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer

CLIENT_ID = "dev-spa"


@pytest.fixture
def metadata(devidp: DevIdpServer) -> OpenIDProviderMetadata:
    url = f"{devidp.url}/o/.well-known/openid-configuration"
    document = OpenIDProviderMetadata(requests.get(url, timeout=5).json())
    document.validate()  # OpenID Connect Discovery 1.0 section 3, checked by Authlib
    return document


@pytest.fixture
def client() -> Iterator[OAuth2Session]:
    with OAuth2Session(
        CLIENT_ID,
        "dev-spa-secret",
        scope="openid profile email",
        redirect_uri=b.SPA_CALLBACK,
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_basic",
    ) as session:
        yield session


class Flow:
    """One authorization request as a relying party makes it: its state, nonce and verifier."""

    def __init__(self, client: OAuth2Session, metadata: OpenIDProviderMetadata, **params: str):
        self.client, self.metadata = client, metadata
        self.verifier, self.nonce = generate_token(64), generate_token(20)
        self.url, self.state = client.create_authorization_url(
            metadata["authorization_endpoint"],
            code_verifier=self.verifier,
            nonce=self.nonce,
            **params,
        )

    def finish(self, callback: str, **params: str) -> dict[str, Any]:
        """Exchanges the callback's code (Authlib checks its state)."""
        return self.client.fetch_token(
            self.metadata["token_endpoint"],
            authorization_response=callback,
            code_verifier=self.verifier,
            **params,
        )


def id_token_claims(
    token: dict[str, Any], metadata: OpenIDProviderMetadata, nonce: str, **params: Any
) -> CodeIDToken:
    """Validates the ID token as Authlib's OpenID client does, every claim required."""
    keys = KeySet.import_key_set(requests.get(metadata["jwks_uri"], timeout=5).json())
    algorithms = metadata["id_token_signing_alg_values_supported"]
    decoded = jwt.decode(token["id_token"], keys, algorithms=algorithms)
    options = {name: {"essential": True} for name in ("sub", "exp", "iat", "auth_time", "at_hash")}
    options["iss"] = {"essential": True, "value": metadata["issuer"]}
    options["aud"] = {"essential": True, "value": CLIENT_ID}
    expected = {"nonce": nonce, "client_id": CLIENT_ID, "access_token": token["access_token"]}
    claims = CodeIDToken(decoded.claims, decoded.header, options, {**expected, **params})
    claims.validate()
    return claims


def test_discovery_is_valid_provider_metadata(metadata: OpenIDProviderMetadata) -> None:
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert metadata["id_token_signing_alg_values_supported"] == ["RS256"]
    assert "authorization_code" in metadata["grant_types_supported"]


def test_authlib_signs_in_and_accepts_the_id_token_and_userinfo(
    client: OAuth2Session, metadata: OpenIDProviderMetadata, browser: requests.Session
) -> None:
    flow = Flow(client, metadata)
    callback = b.log_in_and_authorize(browser, flow.url, "alice", "alice-password")
    assert b.query(callback)["iss"] == metadata["issuer"]  # RFC 9207
    token = flow.finish(callback)
    claims = id_token_claims(token, metadata, flow.nonce)
    assert claims.header["alg"] == "RS256"
    assert claims["email"] == "alice@example.com"

    userinfo = client.get(metadata["userinfo_endpoint"])
    assert userinfo.status_code == 200
    assert userinfo.json()["sub"] == claims["sub"]
    assert userinfo.json()["preferred_username"] == "alice"


def test_the_id_token_checks_are_real(
    client: OAuth2Session, metadata: OpenIDProviderMetadata, browser: requests.Session
) -> None:
    flow = Flow(client, metadata)
    token = flow.finish(b.log_in_and_authorize(browser, flow.url, "bob", "bob-password"))
    with pytest.raises(InvalidClaimError, match="nonce"):
        id_token_claims(token, metadata, "another-nonce")
    with pytest.raises(InvalidClaimError, match="at_hash"):
        id_token_claims({**token, "access_token": "another-token"}, metadata, flow.nonce)
    header, payload, signature = token["id_token"].split(".")
    forged = f"{header}.{payload}.{signature[::-1]}"
    with pytest.raises(BadSignatureError):
        id_token_claims({**token, "id_token": forged}, metadata, flow.nonce)


def test_silent_sign_in_with_a_session_and_login_required_without(
    client: OAuth2Session, metadata: OpenIDProviderMetadata, browser: requests.Session
) -> None:
    anonymous = Flow(client, metadata, prompt="none")
    refused = b.query(browser.get(anonymous.url, allow_redirects=False).headers["Location"])
    expected = {"error": "login_required", "state": anonymous.state, "iss": metadata["issuer"]}
    assert refused == expected
    first = Flow(client, metadata)
    first.finish(b.log_in_and_authorize(browser, first.url, "alice", "alice-password"))
    silent = Flow(client, metadata, prompt="none")
    callback = browser.get(silent.url, allow_redirects=False).headers["Location"]
    id_token_claims(silent.finish(callback), metadata, silent.nonce)


def test_max_age_zero_means_a_new_sign_in_and_auth_time(
    client: OAuth2Session, metadata: OpenIDProviderMetadata, browser: requests.Session
) -> None:
    first = Flow(client, metadata)
    first.finish(b.log_in_and_authorize(browser, first.url, "alice", "alice-password"))
    fresh = Flow(client, metadata, max_age="0")
    login_page = browser.get(fresh.url)
    assert 'name="password"' in login_page.text  # signed in, yet asked again
    signed_in = b.sign_in(browser, login_page, "alice", "alice-password")
    token = fresh.finish(b.follow_to_client(browser, signed_in))
    claims = id_token_claims(token, metadata, fresh.nonce, max_age=0)
    assert claims["auth_time"] >= claims["iat"] - 5


def test_a_reused_code_is_refused_and_its_tokens_revoked(
    client: OAuth2Session, metadata: OpenIDProviderMetadata, browser: requests.Session
) -> None:
    flow = Flow(client, metadata)
    callback = b.log_in_and_authorize(browser, flow.url, "bob", "bob-password")
    flow.finish(callback)
    assert client.get(metadata["userinfo_endpoint"]).status_code == 200
    with pytest.raises(OAuthError) as reused:
        flow.finish(callback)
    assert reused.value.error == "invalid_grant"
    assert client.get(metadata["userinfo_endpoint"]).status_code == 401


def test_a_different_redirect_uri_is_invalid_grant(
    client: OAuth2Session, metadata: OpenIDProviderMetadata, browser: requests.Session
) -> None:
    flow = Flow(client, metadata)
    callback = b.log_in_and_authorize(browser, flow.url, "alice", "alice-password")
    with pytest.raises(OAuthError) as mismatch:
        flow.finish(callback, redirect_uri="http://localhost:5173/auth/callback")
    assert mismatch.value.error == "invalid_grant"


def test_a_short_code_challenge_is_refused(
    client: OAuth2Session, metadata: OpenIDProviderMetadata, browser: requests.Session
) -> None:
    url, state = client.create_authorization_url(
        metadata["authorization_endpoint"], code_challenge="x" * 42, code_challenge_method="S256"
    )
    params = b.query(b.log_in_and_authorize(browser, url, "alice", "alice-password"))
    assert params["error"] == "invalid_request"
    assert params["state"] == state


def test_userinfo_refuses_a_token_in_the_query_string(
    client: OAuth2Session, metadata: OpenIDProviderMetadata, browser: requests.Session
) -> None:
    flow = Flow(client, metadata)
    token = flow.finish(b.log_in_and_authorize(browser, flow.url, "alice", "alice-password"))
    with OAuth2Session(CLIENT_ID, token=token, token_placement="uri") as in_the_url:
        answer = in_the_url.get(metadata["userinfo_endpoint"])
    assert "access_token=" in answer.request.url
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_request"
