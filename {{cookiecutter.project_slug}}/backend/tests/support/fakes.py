"""Each provider's HTTP endpoints as `responses` mocks, answering with the reply shapes the real
provider documents (and social-core's own backend tests use). `serve(mocked, authorize, person)`
registers what complete will call, given the query of the authorization URL begin returned."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import responses

from tests.support.providers import (
    DEV_URL,
    ENTRA_TENANT,
    OIDC_ISSUER,
    at_hash,
    public_jwk,
    serve_discovery,
    sign_id_token,
)

ACCESS_TOKEN = "provider-access-token"


@dataclass
class Person:
    uid: str = "4242"
    username: str = "octo"
    email: str = "octo@example.com"
    email_verified: bool = True
    name: str = "Octo Cat"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fake:
    token_url: str
    token_method: str = "POST"

    def serve(self, mocked: responses.RequestsMock, authorize: dict[str, str], person: Person):
        raise NotImplementedError


class GitHub(Fake):
    def serve(self, mocked, authorize, person):
        mocked.post(
            self.token_url,
            json={"access_token": ACCESS_TOKEN, "token_type": "bearer", "scope": "user:email"},
        )
        mocked.get(
            "https://api.github.com/user",
            json={
                "login": person.username,
                "id": int(person.uid),
                "node_id": "MDQ6VXNlcjE=",
                "type": "User",
                "name": person.name,
                "email": None,  # private address: only the emails API has it
                **person.extra,
            },
        )
        mocked.get(
            "https://api.github.com/user/emails",
            json=[
                {
                    "email": person.email,
                    "verified": person.email_verified,
                    "primary": True,
                    "visibility": "private",
                },
                {
                    "email": f"{person.uid}+{person.username}@users.noreply.github.com",
                    "verified": True,
                    "primary": False,
                    "visibility": None,
                },
            ],
        )


def id_token(issuer: str, audience: str, authorize: dict[str, str], person: Person, **claims):
    body = {
        "iss": issuer,
        "aud": audience,
        "sub": person.uid,
        "email": person.email,
        "email_verified": person.email_verified,
        "name": person.name,
        "at_hash": at_hash(ACCESS_TOKEN),
        "nonce": authorize.get("nonce"),
        **claims,
    }
    return sign_id_token({k: v for k, v in body.items() if v is not None})


class Oidc(Fake):
    """A standard OpenID provider (the generic `oidc` backend, the dev provider)."""

    def __init__(self, issuer: str, client_id: str) -> None:
        super().__init__(token_url=f"{issuer}/token/")
        self.issuer = issuer
        self.client_id = client_id

    def serve(self, mocked, authorize, person):
        serve_discovery(mocked, self.issuer)
        mocked.post(
            self.token_url,
            json={
                "access_token": ACCESS_TOKEN,
                "token_type": "Bearer",
                "expires_in": 3600,
                "scope": "openid profile email",
                "id_token": id_token(self.issuer, self.client_id, authorize, person),
                **person.extra.get("token", {}),
            },
        )
        mocked.get(
            f"{self.issuer}/userinfo/",
            json={
                "sub": person.uid,
                "preferred_username": person.username,
                "email": person.email,
                "email_verified": person.email_verified,
                "name": person.name,
            },
        )


class Google(Fake):
    def serve(self, mocked, authorize, person):
        serve_discovery(
            mocked,
            "https://accounts.google.com",
            jwks_uri="https://www.googleapis.com/oauth2/v3/certs",
            userinfo_endpoint="https://openidconnect.googleapis.com/v1/userinfo",
        )
        mocked.post(
            self.token_url,
            json={
                "access_token": ACCESS_TOKEN,
                "expires_in": 3599,
                "scope": "openid https://www.googleapis.com/auth/userinfo.email "
                "https://www.googleapis.com/auth/userinfo.profile",
                "token_type": "Bearer",
                "id_token": id_token(
                    "https://accounts.google.com",
                    "google-client",
                    authorize,
                    person,
                    azp="google-client",
                ),
            },
        )
        mocked.get(
            "https://openidconnect.googleapis.com/v1/userinfo",
            json={
                "sub": person.uid,
                "name": person.name,
                "given_name": person.name.split()[0],
                "family_name": person.name.split()[-1],
                "picture": "https://lh3.googleusercontent.com/a/photo",
                "email": person.email,
                "email_verified": person.email_verified,
            },
        )


class GitLab(Fake):
    def serve(self, mocked, authorize, person):
        mocked.post(
            self.token_url,
            json={
                "access_token": ACCESS_TOKEN,
                "token_type": "Bearer",
                "expires_in": 7200,
                "refresh_token": "gitlab-refresh",
                "scope": "read_user",
                "created_at": int(time.time()),
            },
        )
        mocked.get(
            "https://gitlab.com/api/v4/user",
            json={
                "id": int(person.uid),
                "username": person.username,
                "name": person.name,
                "state": "active",
                "email": person.email,
                "confirmed_at": "2024-05-23T09:05:22.000Z" if person.email_verified else None,
                "web_url": f"https://gitlab.com/{person.username}",
            },
        )


class Facebook(Fake):
    def serve(self, mocked, authorize, person):
        mocked.get(
            self.token_url,
            json={"access_token": ACCESS_TOKEN, "token_type": "bearer", "expires_in": 5183944},
        )
        mocked.get(
            "https://graph.facebook.com/v24.0/me",
            json={"id": person.uid, "name": person.name, "email": person.email},
        )


class Microsoft(Fake):
    def serve(self, mocked, authorize, person):
        base = f"https://login.microsoftonline.com/{ENTRA_TENANT}"
        issuer = f"{base}/v2.0"
        mocked.get(
            f"{base}/v2.0/.well-known/openid-configuration?appid=entra-client",
            json={
                "issuer": issuer,
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": self.token_url,
                "jwks_uri": f"{base}/discovery/v2.0/keys",
            },
        )
        mocked.get(f"{base}/discovery/v2.0/keys", json={"keys": [public_jwk()]})
        now = int(time.time())
        signed = sign_id_token(
            {
                "ver": "2.0",
                "iss": issuer,
                "aud": "entra-client",
                "sub": person.uid,
                "oid": "00000000-0000-0000-66f3-3332eca7ea81",
                "tid": ENTRA_TENANT,
                "name": person.name,
                "preferred_username": person.email,
                "nbf": now,
                "nonce": authorize.get("nonce"),
                **person.extra.get("id_token", {}),
            }
        )
        mocked.post(
            self.token_url,
            json={
                "token_type": "Bearer",
                "scope": "openid profile offline_access",
                "expires_in": 3599,
                "ext_expires_in": 3599,
                "access_token": ACCESS_TOKEN,
                "refresh_token": "entra-refresh",
                "id_token": signed,
            },
        )


class Discord(Fake):
    def serve(self, mocked, authorize, person):
        mocked.post(
            self.token_url,
            json={
                "access_token": ACCESS_TOKEN,
                "token_type": "Bearer",
                "expires_in": 604800,
                "refresh_token": "discord-refresh",
                "scope": "identify email",
            },
        )
        mocked.get(
            "https://discord.com/api/users/@me",
            json={
                "id": person.uid,
                "username": person.username,
                "discriminator": "0",
                "global_name": person.name,
                "avatar": None,
                "mfa_enabled": False,
                "locale": "en-US",
                "flags": 0,
                "verified": person.email_verified,
                "email": person.email,
            },
        )


class Apple(Fake):
    def serve(self, mocked, authorize, person):
        mocked.get("https://appleid.apple.com/auth/keys", json={"keys": [public_jwk()]})
        signed = sign_id_token(
            {
                "iss": "https://appleid.apple.com",
                "aud": "com.example.web",
                "sub": person.uid,
                "email": person.email,
                # Apple sends booleans as strings.
                "email_verified": "true" if person.email_verified else "false",
                "is_private_email": "false",
                "auth_time": int(time.time()),
                "nonce_supported": True,
            }
        )
        mocked.post(
            self.token_url,
            json={
                "access_token": ACCESS_TOKEN,
                "token_type": "Bearer",
                "expires_in": 3600,
                "refresh_token": "apple-refresh",
                "id_token": signed,
            },
        )


class X(Fake):
    def serve(self, mocked, authorize, person):
        mocked.post(
            self.token_url,
            json={
                "token_type": "bearer",
                "expires_in": 7200,
                "access_token": ACCESS_TOKEN,
                "scope": "users.read tweet.read",
            },
        )
        mocked.get(
            "https://api.twitter.com/2/users/me",
            json={
                "data": {
                    "id": person.uid,
                    "name": person.name,
                    "username": person.username,
                    "created_at": "2013-12-14T04:35:55.000Z",
                    "protected": False,
                    "verified": False,
                }
            },
        )


class Twitter(Fake):
    """OAuth 1.0a: begin fetched a request token; complete trades it for an access token."""

    def serve(self, mocked, authorize, person):
        mocked.post(
            self.token_url,
            body=(
                "oauth_token=access-token&oauth_token_secret=access-secret"
                f"&user_id={person.uid}&screen_name={person.username}"
            ),
        )
        mocked.get(
            "https://api.twitter.com/1.1/account/verify_credentials.json",
            json={
                "id": int(person.uid),
                "id_str": person.uid,
                "name": person.name,
                "screen_name": person.username,
                "email": person.email,
            },
        )


def serve_request_token(mocked: responses.RequestsMock) -> None:
    mocked.post(
        "https://api.twitter.com/oauth/request_token",
        body="oauth_token=req-token&oauth_token_secret=req-secret&oauth_callback_confirmed=true",
    )


FAKES: dict[str, Fake] = {
    "github": GitHub(token_url="https://github.com/login/oauth/access_token"),
    "google": Google(token_url="https://accounts.google.com/o/oauth2/token"),
    "gitlab": GitLab(token_url="https://gitlab.com/oauth/token"),
    "facebook": Facebook(
        token_url="https://graph.facebook.com/v24.0/oauth/access_token", token_method="GET"
    ),
    "microsoft": Microsoft(
        token_url=f"https://login.microsoftonline.com/{ENTRA_TENANT}/oauth2/v2.0/token"
    ),
    "discord": Discord(token_url="https://discord.com/api/oauth2/token"),
    "apple": Apple(token_url="https://appleid.apple.com/auth/token"),
    "x": X(token_url="https://api.twitter.com/2/oauth2/token"),
    "twitter": Twitter(token_url="https://api.twitter.com/oauth/access_token"),
    "oidc": Oidc(OIDC_ISSUER, "oidc-client"),
    "dev": Oidc(f"{DEV_URL}/o", "dev-spa"),
}


@dataclass
class Login:
    authorize: dict[str, str]
    flow: str
    response: Any = None


def start(api_client: Any, mocked: responses.RequestsMock, provider: str, **body: Any) -> Login:
    from tests.support.api import begin, query

    if provider == "twitter":
        serve_request_token(mocked)
    if provider in ("dev", "oidc"):
        serve_discovery(mocked, FAKES[provider].issuer)  # type: ignore[attr-defined]
    if provider == "google":
        serve_discovery(mocked, "https://accounts.google.com")
    response = begin(api_client, provider, **body)
    assert response.status_code == 200, response.content
    return Login(
        authorize=query(response.json()["authorization_url"]), flow=response.json()["flow"]
    )


def callback_params(provider: str, login: Login) -> dict[str, str]:
    """What the callback page hands to complete after the user said yes."""
    if provider == "twitter":
        return {"oauth_token": login.authorize["oauth_token"], "oauth_verifier": "verifier-1"}
    return {"code": "auth-code-1", "state": login.authorize["state"]}


def sign_in(
    api_client: Any,
    mocked: responses.RequestsMock,
    provider: str = "dev",
    person: Person | None = None,
    **body: Any,
) -> Login:
    """A whole sign-in: begin, the provider's answers, complete."""
    from tests.support.api import complete

    login = start(api_client, mocked, provider, **body)
    FAKES[provider].serve(mocked, login.authorize, person or Person())
    login.response = complete(
        api_client, provider, flow=login.flow, **callback_params(provider, login)
    )
    return login


def token_request(mocked: responses.RequestsMock, provider: str) -> Any:
    url = FAKES[provider].token_url
    calls = [call for call in mocked.calls if call.request.url.split("?")[0] == url]
    assert len(calls) == 1
    return calls[0].request
