"""Shared pieces of the social login tests: configured providers, a signing key for ID tokens,
helpers to run begin and complete. Provider HTTP is mocked with `responses` (no network)."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
import responses
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from django.core.cache import cache
from rest_framework.test import APIClient
from social_core.backends.azuread import AzureADOAuth2
from social_core.backends.open_id_connect import OpenIdConnectAuth
from social_core.backends.utils import OIDCDiscoveryMixin

CALLBACK = "http://127.0.0.1:5173/auth/callback"
OIDC_ISSUER = "https://idp.example.com"
DEV_URL = "http://devidp.test"
ENTRA_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad"
KID = "test-key-1"

_RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
_APPLE_KEY = ec.generate_private_key(ec.SECP256R1())

KEYS: dict[str, str] = {
    "SOCIAL_AUTH_GITHUB_KEY": "github-client",
    "SOCIAL_AUTH_GITHUB_SECRET": "github-secret",
    "SOCIAL_AUTH_GOOGLE_OPENIDCONNECT_KEY": "google-client",
    "SOCIAL_AUTH_GOOGLE_OPENIDCONNECT_SECRET": "google-secret",
    "SOCIAL_AUTH_GITLAB_KEY": "gitlab-client",
    "SOCIAL_AUTH_GITLAB_SECRET": "gitlab-secret",
    "SOCIAL_AUTH_FACEBOOK_KEY": "facebook-client",
    "SOCIAL_AUTH_FACEBOOK_SECRET": "facebook-secret",
    "SOCIAL_AUTH_AZUREAD_V2_TENANT_OAUTH2_KEY": "entra-client",
    "SOCIAL_AUTH_AZUREAD_V2_TENANT_OAUTH2_SECRET": "entra-secret",
    "SOCIAL_AUTH_AZUREAD_V2_TENANT_OAUTH2_TENANT_ID": ENTRA_TENANT,
    "SOCIAL_AUTH_DISCORD_KEY": "discord-client",
    "SOCIAL_AUTH_DISCORD_SECRET": "discord-secret",
    "SOCIAL_AUTH_APPLE_ID_CLIENT": "com.example.web",
    "SOCIAL_AUTH_APPLE_ID_TEAM": "TEAM123456",
    "SOCIAL_AUTH_APPLE_ID_KEY": "APPLEKEY01",
    "SOCIAL_AUTH_APPLE_ID_SECRET": _APPLE_KEY.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode(),
    "SOCIAL_AUTH_TWITTER_OAUTH2_KEY": "x-client",
    "SOCIAL_AUTH_TWITTER_OAUTH2_SECRET": "x-secret",
    "SOCIAL_AUTH_TWITTER_KEY": "x1-consumer",
    "SOCIAL_AUTH_TWITTER_SECRET": "x1-consumer-secret",
    "SOCIAL_AUTH_OIDC_OIDC_ENDPOINT": OIDC_ISSUER,
    "SOCIAL_AUTH_OIDC_KEY": "oidc-client",
    "SOCIAL_AUTH_OIDC_SECRET": "oidc-secret",
}


@pytest.fixture(autouse=True)
def _fresh_caches(settings) -> None:
    """Throttle counters and social-core's in-process discovery/JWKS caches start empty, and
    no provider key leaks in from the developer's environment."""
    for name in KEYS:
        if hasattr(settings, name):
            delattr(settings, name)
    settings.DEV_PROVIDER_URL = DEV_URL
    cache.clear()
    for cached in (
        OIDCDiscoveryMixin.get_openid_configuration,
        OpenIdConnectAuth.get_jwks_keys_for_uri,
        AzureADOAuth2.get_openid_configuration,
        AzureADOAuth2.get_jwks_keys_for_uri,
    ):
        cached.invalidate()


@pytest.fixture
def all_providers(settings) -> None:
    for name, value in KEYS.items():
        setattr(settings, name, value)


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def public_jwk(kid: str = KID) -> dict[str, Any]:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(_RSA_KEY.public_key()))
    return {**jwk, "kid": kid, "use": "sig", "alg": "RS256"}


def sign_id_token(claims: dict[str, Any], *, kid: str = KID, key: Any = None) -> str:
    now = int(time.time())
    body = {"iat": now, "exp": now + 300, **claims}
    return jwt.encode(body, key or _RSA_KEY, algorithm="RS256", headers={"kid": kid})


def at_hash(access_token: str) -> str:
    digest = hashlib.sha256(access_token.encode()).digest()
    return base64.urlsafe_b64encode(digest[:16]).decode().rstrip("=")


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def form(body: Any) -> dict[str, str]:
    if isinstance(body, bytes):
        body = body.decode()
    return {key: values[0] for key, values in parse_qs(body or "").items()}


def begin(client: APIClient, provider: str, **body: Any) -> Any:
    return client.post(
        f"/api/auth/social/{provider}/begin/",
        {"redirect_uri": CALLBACK, **body},
        format="json",
    )


def complete(client: APIClient, provider: str, **body: Any) -> Any:
    return client.post(
        f"/api/auth/social/{provider}/complete/",
        {"redirect_uri": CALLBACK, **body},
        format="json",
    )


def assert_error(response: Any, status: int, code: str, provider: str | None = None) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    if provider is not None:
        assert error["provider"] == provider
    return error


def discovery_document(issuer: str) -> dict[str, Any]:
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}/authorize/",
        "token_endpoint": f"{issuer}/token/",
        "userinfo_endpoint": f"{issuer}/userinfo/",
        "jwks_uri": f"{issuer}/.well-known/jwks.json",
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
    }


def serve_discovery(
    mocked: responses.RequestsMock, issuer: str, document_url: str = "", **overrides: Any
) -> dict[str, Any]:
    """An OpenID provider's discovery document and JWKS, as real providers serve them."""
    document = {**discovery_document(issuer), **overrides}
    mocked.get(document_url or f"{issuer}/.well-known/openid-configuration", json=document)
    mocked.get(document["jwks_uri"], json={"keys": [public_jwk()]})
    return document


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `postgres` need real concurrency: without PostgreSQL they are deselected
    (reported as such), not skipped."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    deselected = [item for item in items if item.get_closest_marker("postgres")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("postgres")]
