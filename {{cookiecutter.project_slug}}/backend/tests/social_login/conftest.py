"""Fixtures of the social login tests: configured providers, empty caches, mocked provider HTTP
(`responses`, no network). Helpers are in tests/support/."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import responses
from django.core.cache import cache
from social_core.backends.azuread import AzureADOAuth2
from social_core.backends.open_id_connect import OpenIdConnectAuth
from social_core.backends.utils import OIDCDiscoveryMixin

from social_login.login.providers import env_setting_names
from tests.support.providers import DEV_URL, KEYS


@pytest.fixture(autouse=True)
def _fresh_caches(settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Throttle counters and social-core's in-process discovery/JWKS caches start empty, and
    no provider key leaks in from the developer's environment (social_login/conf.py reads it)."""
    for name in env_setting_names():
        monkeypatch.delenv(name, raising=False)
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
