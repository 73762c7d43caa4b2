"""The system check that refuses an SPA on another site than the API."""

from __future__ import annotations

import pytest
from django.core import checks
from django.test import override_settings

from core.same_site import check_same_site, cross_site_origins, site_of


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("api.example.com", "example.com"),
        ("app.example.co.uk", "example.co.uk"),
        ("example.com", "example.com"),
        ("app.localhost", "app.localhost"),
        ("127.0.0.1", "127.0.0.1"),
        ("API.Example.COM.", "example.com"),
    ],
)
def test_site_is_the_registrable_domain(host: str, site: str) -> None:
    assert site_of(host) == site


@pytest.mark.parametrize(
    "origin",
    ["https://app.example.com", "https://example.com", "http://127.0.0.1:5173"],
)
def test_same_site_origins_pass(origin: str) -> None:
    hosts = ["api.example.com", "127.0.0.1"]
    assert cross_site_origins([origin], hosts) == []


def test_make_dev_split_names_are_one_site() -> None:
    """`make dev SPLIT=1`: one site under localhost (each name *directly* under it is not)."""
    origin, hosts = "http://app.dev.localhost:5173", ["api.dev.localhost", "127.0.0.1"]
    assert cross_site_origins([origin], hosts) == []


@pytest.mark.parametrize(
    ("origin", "hosts"),
    [
        ("https://app.example.net", ["api.example.com"]),
        ("https://app.co.uk", ["api.example.co.uk"]),
        ("http://app.localhost:5173", ["api.localhost"]),
        ("https://example.github.io", ["other.github.io"]),
    ],
)
def test_other_sites_are_named(origin: str, hosts: list[str]) -> None:
    assert cross_site_origins([origin], hosts) == [origin]


def test_any_host_cannot_be_compared() -> None:
    assert cross_site_origins(["https://app.example.net"], ["*"]) == []


def test_a_leading_dot_host_counts_as_its_domain() -> None:
    assert cross_site_origins(["https://app.example.com"], [".example.com"]) == []


def test_check_is_an_error_naming_the_origin() -> None:
    with override_settings(
        ALLOWED_HOSTS=["api.example.com"], CORS_ALLOWED_ORIGINS=["https://app.example.net"]
    ):
        errors = check_same_site()
        ids = [message.id for message in checks.run_checks(tags=[checks.Tags.security])]
    assert [error.id for error in errors] == ["core.E002"]
    assert isinstance(errors[0], checks.Error)
    assert "https://app.example.net" in errors[0].msg
    assert "core.E002" in ids


def test_check_is_quiet_for_a_sibling_subdomain() -> None:
    with override_settings(
        ALLOWED_HOSTS=["api.example.com"], CORS_ALLOWED_ORIGINS=["https://app.example.com"]
    ):
        assert check_same_site() == []
