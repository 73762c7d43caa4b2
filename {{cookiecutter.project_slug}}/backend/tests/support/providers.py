"""Providers as the tests configure them: their keys, and an OpenID provider's signing key,
ID tokens, discovery document and JWKS (served with `responses`, as real providers serve them)."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from typing import Any

import jwt
import responses
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

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
