"""The providers registry and GET /api/auth/providers/."""

import pytest
from social_core.backends.oauth import BaseOAuth1, BaseOAuth2, BaseOAuth2PKCE
from social_core.backends.open_id_connect import OpenIdConnectAuth
from social_core.utils import module_member

from social_login.login.providers import BY_ID, PROVIDERS, env_setting_names
from tests.support.api import begin, query
from tests.support.providers import KEYS

pytestmark = pytest.mark.django_db

EXPECTED_IDS = {
    "github", "google", "gitlab", "facebook", "microsoft", "discord", "apple", "x", "twitter",
    "oidc", "dev",
}  # fmt: skip


def test_registry_holds_the_promised_providers() -> None:
    assert set(BY_ID) == EXPECTED_IDS
    assert len(BY_ID) == len(PROVIDERS)


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.id)
def test_entry_matches_its_social_core_backend(provider) -> None:
    backend = module_member(provider.backend)
    assert backend.name == provider.backend_name
    if provider.protocol == "oauth1":
        assert issubclass(backend, BaseOAuth1)
    else:
        assert issubclass(backend, BaseOAuth2)
        # Redirect URIs must reach the provider exactly as allow-listed.
        assert backend.REDIRECT_STATE is False
    if provider.protocol == "oidc":
        assert issubclass(backend, OpenIdConnectAuth)
        assert backend.USE_NONCE is True
    if provider.pkce:
        assert issubclass(backend, BaseOAuth2PKCE)


def test_every_provider_key_is_read_from_the_environment() -> None:
    names = set(env_setting_names())
    assert set(KEYS) <= names
    assert "SOCIAL_AUTH_GITHUB_KEY" in names
    assert "SOCIAL_AUTH_OIDC_OIDC_ENDPOINT" in names


def test_providers_lists_only_configured_ones(api_client, settings) -> None:
    settings.DEV_PROVIDER_ENABLED = False
    assert api_client.get("/api/auth/providers/").json() == {"providers": []}

    settings.SOCIAL_AUTH_GITHUB_KEY = "id"
    response = api_client.get("/api/auth/providers/")
    assert response.json() == {"providers": []}, "a key without its secret is not enough"

    settings.SOCIAL_AUTH_GITHUB_SECRET = "secret"
    response = api_client.get("/api/auth/providers/")
    assert response.status_code == 200
    assert response.json() == {
        "providers": [{"id": "github", "name": "GitHub", "protocol": "oauth2"}]
    }


def test_provider_keys_are_read_from_the_environment_when_used(
    api_client, settings, monkeypatch
) -> None:
    """backend/.env and the environment configure a provider without any settings line."""
    settings.DEV_PROVIDER_ENABLED = False
    monkeypatch.setenv("SOCIAL_AUTH_GITHUB_KEY", "github-from-env")
    monkeypatch.setenv("SOCIAL_AUTH_GITHUB_SECRET", "secret-from-env")
    providers = api_client.get("/api/auth/providers/").json()["providers"]
    assert [provider["id"] for provider in providers] == ["github"]
    response = begin(api_client, "github")
    assert response.status_code == 200, response.content
    assert query(response.json()["authorization_url"])["client_id"] == "github-from-env"


def test_a_setting_wins_over_the_environment(api_client, settings, monkeypatch) -> None:
    monkeypatch.setenv("SOCIAL_AUTH_GITHUB_KEY", "github-from-env")
    monkeypatch.setenv("SOCIAL_AUTH_GITHUB_SECRET", "secret-from-env")
    settings.SOCIAL_AUTH_GITHUB_KEY = "github-from-settings"
    response = begin(api_client, "github")
    assert query(response.json()["authorization_url"])["client_id"] == "github-from-settings"


def test_dev_provider_listed_when_enabled(api_client, settings) -> None:
    settings.DEV_PROVIDER_ENABLED = True
    assert api_client.get("/api/auth/providers/").json()["providers"] == [
        {"id": "dev", "name": "Dev login", "protocol": "oidc"}
    ]


def test_all_providers_listed_in_registry_order(api_client, all_providers) -> None:
    providers = api_client.get("/api/auth/providers/").json()["providers"]
    assert [p["id"] for p in providers] == [p.id for p in PROVIDERS]
    assert {p["id"]: p["protocol"] for p in providers}["twitter"] == "oauth1"


def test_generic_oidc_provider_name_is_configurable(api_client, all_providers, settings) -> None:
    settings.SOCIAL_LOGIN_OIDC_NAME = "Acme SSO"
    providers = api_client.get("/api/auth/providers/").json()["providers"]
    assert {"id": "oidc", "name": "Acme SSO", "protocol": "oidc"} in providers


def test_providers_sets_no_cookie(api_client) -> None:
    # Public and cacheable in either mode: session mode's CSRF token comes from its own call.
    response = api_client.get("/api/auth/providers/")
    assert response.status_code == 200
    assert not response.cookies
