"""GET /api/auth/connections/{id}/provider-profile/ with providers mocked (their real replies):
errors. The live call through the dev provider is test_live_profile.py."""

from __future__ import annotations

import time

import pytest
from rest_framework.test import APIClient

from tests.social_login.provider_tokens.support import identity_with
from tests.support.api import assert_error

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_providers")]


def url(pk: int) -> str:
    return f"/api/auth/connections/{pk}/provider-profile/"


def client_of(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_github_profile(mocked) -> None:
    identity = identity_with({"access_token": "gho_x", "scope": "user:email"}, "github")
    mocked.get("https://api.github.com/user", json={"login": "octo", "id": 77, "type": "User"})
    response = client_of(identity.user).get(url(identity.pk))
    assert response.status_code == 200, response.content
    assert response.json() == {
        "provider": "github",
        "profile": {"login": "octo", "id": 77, "type": "User"},
    }


def test_a_revoked_grant_answers_reconsent_required(mocked) -> None:
    identity = identity_with({"access_token": "gho_x"}, "github")
    mocked.get("https://api.github.com/user", status=401, json={"message": "Bad credentials"})
    response = client_of(identity.user).get(url(identity.pk))
    error = assert_error(response, 403, "reconsent_required", provider="github")
    assert "gho_x" not in response.content.decode()
    assert "Bad credentials" not in error["message"]


def test_an_expired_grant_without_refresh_answers_reconsent_required() -> None:
    identity = identity_with({"access_token": "a", "expires_at": int(time.time()) - 5})
    assert_error(client_of(identity.user).get(url(identity.pk)), 403, "reconsent_required")


def test_a_failing_provider_answers_provider_unavailable(mocked) -> None:
    identity = identity_with({"access_token": "gho_x"}, "github")
    mocked.get("https://api.github.com/user", status=500, body="<html>oops</html>")
    assert_error(client_of(identity.user).get(url(identity.pk)), 502, "provider_unavailable")


def test_another_users_connection_is_not_found() -> None:
    identity = identity_with({"access_token": "gho_x"}, "github")
    from accounts.models import User

    mallory = User.objects.create_user("mallory")
    assert_error(client_of(mallory).get(url(identity.pk)), 404, "not_found")


def test_signed_out_is_refused() -> None:
    identity = identity_with({"access_token": "gho_x"}, "github")
    response = APIClient().get(url(identity.pk))
    assert response.status_code == 401
    assert response.json()["error"]["code"] in ("not_authenticated", "token_invalid")
