"""Attacks against the real dev provider (devidp on django-oauth-toolkit, in a subprocess on a
free port), nothing mocked. The plain sign-in is tests/devidp/test_live_login.py."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from accounts.models import User
from tests.devidp import browser as b
from tests.devidp.server import DevIdpServer
from tests.support.api import CALLBACK, assert_error, begin, complete

pytestmark = [pytest.mark.live, pytest.mark.django_db]


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevIdpServer]:
    with DevIdpServer(Path(tmp_path_factory.mktemp("devidp-live"))) as server:
        yield server


@pytest.fixture
def live(settings, provider: DevIdpServer) -> DevIdpServer:
    settings.DEV_PROVIDER_URL = provider.url
    return provider


def browse(live: DevIdpServer, authorization_url: str, username: str) -> dict[str, str]:
    """The popup's part: the provider's login form, then back at the SPA callback."""
    with requests.Session() as popup:
        back = b.log_in_and_authorize(popup, authorization_url, username, f"{username}-password")
    assert back.startswith(f"{CALLBACK}?")
    return b.query(back)


def test_code_of_another_login_is_refused_by_the_provider(api_client, live) -> None:
    """bob's code, injected into another login of the same client: the real provider refuses it
    because that login's PKCE verifier is not the one bob's code was issued for."""
    bobs = begin(api_client, "dev").json()
    bobs_callback = browse(live, bobs["authorization_url"], "bob")
    victims = begin(api_client, "dev").json()
    victims_state = b.query(victims["authorization_url"])["state"]

    response = complete(
        api_client, "dev", flow=victims["flow"], code=bobs_callback["code"], state=victims_state
    )
    assert_error(response, 400, "invalid_code", provider="dev")
    assert not User.objects.exists()
