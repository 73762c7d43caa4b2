"""Sign in through the real dev provider, no mocks: the API (in this process) begins the flow,
a requests session plays the browser at the provider (a real server in a subprocess), the API
completes the flow and exchanges the code with the provider over HTTP."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from django.conf import settings as django_settings
from rest_framework.test import APIClient

from accounts.models import User
from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer

pytestmark = [pytest.mark.live, pytest.mark.django_db]


@pytest.fixture(scope="module")
def live_devidp(
    tmp_path_factory: pytest.TempPathFactory, migrated_devidp_db: Path
) -> Iterator[DevIdpServer]:
    workdir = tmp_path_factory.mktemp("devidp-live")
    with DevIdpServer(workdir, migrated_db=migrated_devidp_db) as server:
        yield server


@pytest.fixture(autouse=True)
def _api_uses_the_live_provider(settings: Any, live_devidp: DevIdpServer) -> None:
    settings.DEV_PROVIDER_ENABLED = True
    settings.DEV_PROVIDER_URL = live_devidp.url


def sign_in_with_dev(api: APIClient, username: str, password: str) -> dict[str, Any]:
    """begin -> the provider's login form -> complete, as the SPA and the browser do it."""
    begun = api.post("/api/auth/social/dev/begin/", {"redirect_uri": b.SPA_CALLBACK}, format="json")
    assert begun.status_code == 200, begun.content
    authorization_url = begun.json()["authorization_url"]
    assert authorization_url.startswith(f"{django_settings.DEV_PROVIDER_URL}/o/authorize/?")
    with requests.Session() as browser:
        callback = b.log_in_and_authorize(browser, authorization_url, username, password)
    assert callback.startswith(f"{b.SPA_CALLBACK}?")
    params = b.query(callback)
    completed = api.post(
        "/api/auth/social/dev/complete/",
        {
            "code": params["code"],
            "state": params["state"],
            "flow": begun.json()["flow"],
            "redirect_uri": b.SPA_CALLBACK,
        },
        format="json",
    )
    assert completed.status_code == 200, completed.content
    return completed.json()


def test_alice_signs_in_through_the_dev_provider_then_again(api_client: APIClient) -> None:
    first = sign_in_with_dev(api_client, "alice", "alice-password")
    assert first["is_new"] is True
    assert first["user"]["email"] == "alice@example.com"
    assert first["user"]["first_name"] == "Alice"
    alice = User.objects.get(pk=first["user"]["id"])
    assert alice.email == "alice@example.com"
    assert alice.social_auth.get().provider == "dev"

    second = sign_in_with_dev(APIClient(), "alice", "alice-password")
    assert second["is_new"] is False
    assert second["user"]["id"] == first["user"]["id"]
    assert User.objects.count() == 1


def test_bob_is_a_different_user(api_client: APIClient) -> None:
    alice = sign_in_with_dev(api_client, "alice", "alice-password")
    bob = sign_in_with_dev(APIClient(), "bob", "bob-password")
    assert bob["is_new"] is True
    assert bob["user"]["email"] == "bob@example.com"
    assert bob["user"]["id"] != alice["user"]["id"]
