"""The example endpoint through the real dev provider: sign in (its login form, its token
endpoint), then GET /api/auth/connections/{id}/provider-profile/ calls its userinfo with the
stored, encrypted access token; an expired one is renewed with the real refresh token first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rest_framework.test import APIClient
from social_django.models import UserSocialAuth

from social_login.provider_tokens import storage
from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer
from tests.social_login.provider_tokens.support import raw_extra_data
from tests.support.api import CALLBACK, begin, complete

pytestmark = [pytest.mark.live, pytest.mark.django_db]


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevIdpServer]:
    with DevIdpServer(Path(tmp_path_factory.mktemp("devidp-profile"))) as server:
        yield server


@pytest.fixture
def alice(settings, provider: DevIdpServer) -> UserSocialAuth:
    settings.DEV_PROVIDER_URL = provider.url
    api = APIClient()
    begun = begin(api, "dev").json()
    with requests.Session() as popup:
        back = b.log_in_and_authorize(popup, begun["authorization_url"], "alice", "alice-password")
    assert back.startswith(f"{CALLBACK}?")
    params = b.query(back)
    done = complete(api, "dev", flow=begun["flow"], code=params["code"], state=params["state"])
    assert done.status_code == 200, done.content
    return UserSocialAuth.objects.get()


def profile_of(identity: UserSocialAuth):
    client = APIClient()
    client.force_authenticate(identity.user)
    return client.get(f"/api/auth/connections/{identity.pk}/provider-profile/")


def test_the_profile_comes_from_the_dev_providers_userinfo(alice: UserSocialAuth) -> None:
    tokens = storage.read(alice)
    assert tokens["access_token"] not in raw_extra_data()

    response = profile_of(alice)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["provider"] == "dev"
    assert body["profile"]["sub"] == alice.uid
    assert body["profile"]["email"] == "alice@example.com"
    assert tokens["access_token"] not in response.content.decode()


def test_an_expired_access_token_is_renewed_with_the_refresh_token(alice) -> None:
    tokens = storage.read(alice)
    assert tokens.get("refresh_token"), "the dev provider issues refresh tokens"
    storage.write(alice, {}, {**tokens, "expires_at": 0})

    response = profile_of(alice)
    assert response.status_code == 200, response.content
    renewed = storage.read(UserSocialAuth.objects.get())
    assert renewed["access_token"] != tokens["access_token"]
    assert renewed["expires_at"] > 0
