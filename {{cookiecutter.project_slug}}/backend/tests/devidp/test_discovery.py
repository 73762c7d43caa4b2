import jwt
import requests

from tests.devidp.server import DevIdpServer


def test_discovery_names_the_issuer_and_endpoints_under_o(devidp: DevIdpServer) -> None:
    document = requests.get(f"{devidp.url}/o/.well-known/openid-configuration", timeout=5).json()
    base = f"{devidp.url}/o"
    assert document["issuer"] == base
    assert document["authorization_endpoint"] == f"{base}/authorize/"
    assert document["token_endpoint"] == f"{base}/token/"
    assert document["userinfo_endpoint"] == f"{base}/userinfo/"
    assert document["jwks_uri"] == f"{base}/.well-known/jwks.json"
    assert document["response_types_supported"] == ["code"]
    assert document["code_challenge_methods_supported"] == ["S256"]
    # Only what it signs with: every client is registered RS256.
    assert document["id_token_signing_alg_values_supported"] == ["RS256"]
    assert document["grant_types_supported"] == ["authorization_code", "refresh_token"]
    assert document["prompt_values_supported"] == ["none", "login"]
    assert set(document["scopes_supported"]) == {"openid", "profile", "email"}
    assert {"sub", "email", "email_verified", "name", "preferred_username"} <= set(
        document["claims_supported"]
    )


def test_jwks_publishes_one_public_rsa_key(devidp: DevIdpServer) -> None:
    keys = requests.get(f"{devidp.url}/o/.well-known/jwks.json", timeout=5).json()["keys"]
    assert len(keys) == 1
    key = keys[0]
    assert key["kty"] == "RSA"
    assert key["alg"] == "RS256"
    assert key["use"] == "sig"
    assert key["kid"]
    # Only the public half: no private exponent or primes.
    assert not {"d", "p", "q"} & set(key)
    assert jwt.PyJWK(key).key.key_size == 2048
