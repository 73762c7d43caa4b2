"""provider_session: the stored token attached, renewed with the refresh token when expired
(social-core's refresh, the provider mocked with its real replies), and ReconsentRequired when
the grant is gone or lacks a scope."""

from __future__ import annotations

import time

import pytest
import requests
from social_django.models import UserSocialAuth

from social_login.provider_tokens import storage
from social_login.provider_tokens.errors import NotConnected, ReconsentRequired
from social_login.provider_tokens.session import provider_session
from tests.social_login.provider_tokens.support import identity_with, raw_extra_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_providers")]

GITLAB_TOKEN_URL = "https://gitlab.com/oauth/token"
GITLAB_USER_URL = "https://gitlab.com/api/v4/user"
EXPIRED = {
    "access_token": "old-access",
    "refresh_token": "old-refresh",
    "token_type": "Bearer",
    "scope": "read_user",
}


def expired_identity() -> UserSocialAuth:
    return identity_with({**EXPIRED, "expires_at": int(time.time()) - 10})


def test_the_access_token_is_attached(mocked) -> None:
    identity = identity_with({**EXPIRED, "expires_at": int(time.time()) + 3600})
    mocked.get(GITLAB_USER_URL, json={"id": 77, "username": "octo"})
    session = provider_session(identity.user, "gitlab")
    assert session.get(GITLAB_USER_URL).json()["username"] == "octo"
    assert mocked.calls[0].request.headers["Authorization"] == "Bearer old-access"


def test_an_expired_token_is_refreshed_and_saved_encrypted(mocked) -> None:
    identity = expired_identity()
    # GitLab's refresh reply (docs.gitlab.com/api/oauth2): a new refresh token each time.
    mocked.post(
        GITLAB_TOKEN_URL,
        json={
            "access_token": "new-access",
            "token_type": "Bearer",
            "expires_in": 7200,
            "refresh_token": "new-refresh",
            "scope": "read_user",
            "created_at": int(time.time()),
        },
    )
    mocked.get(GITLAB_USER_URL, json={"id": 77})

    provider_session(identity, "gitlab").get(GITLAB_USER_URL)

    refresh = mocked.calls[0].request
    assert "grant_type=refresh_token" in refresh.body
    assert "refresh_token=old-refresh" in refresh.body
    assert mocked.calls[1].request.headers["Authorization"] == "Bearer new-access"
    tokens = storage.read(UserSocialAuth.objects.get())
    assert tokens["access_token"] == "new-access"
    assert tokens["refresh_token"] == "new-refresh"
    assert tokens["expires_at"] > time.time() + 7000
    raw = raw_extra_data()
    assert "new-access" not in raw
    assert "new-refresh" not in raw


def test_a_refused_refresh_token_requires_reconsent(mocked) -> None:
    identity = expired_identity()
    # RFC 6749 5.2, as GitLab sends it for a revoked grant.
    mocked.post(
        GITLAB_TOKEN_URL,
        status=400,
        json={
            "error": "invalid_grant",
            "error_description": "The provided authorization grant is invalid, expired, "
            "revoked, does not match the redirection URI used in the authorization request, "
            "or was issued to another client.",
        },
    )
    with pytest.raises(ReconsentRequired) as raised:
        provider_session(identity, "gitlab")
    assert raised.value.provider == "gitlab"
    assert storage.read(UserSocialAuth.objects.get())["access_token"] == "old-access"


def test_an_expired_token_without_refresh_token_requires_reconsent(mocked) -> None:
    identity = identity_with({"access_token": "a", "expires_at": int(time.time()) - 1})
    with pytest.raises(ReconsentRequired):
        provider_session(identity, "gitlab")
    assert not mocked.calls


def test_a_missing_scope_requires_reconsent() -> None:
    identity = identity_with({**EXPIRED, "expires_at": int(time.time()) + 3600})
    assert provider_session(identity, "gitlab", scopes=["read_user"])
    with pytest.raises(ReconsentRequired) as raised:
        provider_session(identity, "gitlab", scopes=["read_user", "api"])
    assert raised.value.missing_scopes == {"api"}


def test_github_scopes_are_comma_separated() -> None:
    identity = identity_with({"access_token": "gho_x", "scope": "repo,user:email"}, "github")
    assert provider_session(identity, "github", scopes=["repo"])


def test_a_revoked_grant_answers_401_and_requires_reconsent(mocked) -> None:
    identity = identity_with({"access_token": "gho_x", "scope": "user:email"}, "github")
    mocked.get(
        "https://api.github.com/user",
        status=401,
        json={"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"},
    )
    session = provider_session(identity, "github")
    with pytest.raises(ReconsentRequired):
        session.get("https://api.github.com/user")


def test_a_user_without_that_provider_is_not_connected() -> None:
    identity = identity_with({"access_token": "a"}, "gitlab")
    with pytest.raises(NotConnected):
        provider_session(identity.user, "github")


def test_a_session_has_a_timeout(settings, mocked) -> None:
    identity = identity_with({"access_token": "gho_x"}, "github")
    mocked.get("https://api.github.com/user", body=requests.ConnectTimeout())
    settings.SOCIAL_AUTH_REQUESTS_TIMEOUT = 3.0
    with pytest.raises(requests.ConnectTimeout):
        provider_session(identity, "github").get("https://api.github.com/user")
    assert mocked.calls[0].request.req_kwargs["timeout"] == 3.0


def test_oauth1_requests_are_signed_with_the_stored_token_and_secret(mocked) -> None:
    # X's OAuth 1.0a access token, as social-core stores it.
    token = {"oauth_token": "x1-token", "oauth_token_secret": "x1-secret", "user_id": "77"}
    identity = identity_with({"access_token": token}, "twitter")
    mocked.get("https://api.x.com/2/users/me", json={"data": {"id": "77"}})
    provider_session(identity).get("https://api.x.com/2/users/me")
    header = mocked.calls[0].request.headers["Authorization"]
    authorization = header.decode() if isinstance(header, bytes) else header  # oauthlib: bytes
    assert authorization.startswith("OAuth ")
    assert 'oauth_token="x1-token"' in authorization
    assert "x1-secret" not in authorization
