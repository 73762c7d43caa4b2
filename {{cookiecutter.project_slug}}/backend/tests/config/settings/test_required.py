"""Outside DEBUG, no settings module starts with a missing, short or placeholder secret."""

import secrets

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings.required import require_distinct_secrets, require_secret
from tests.config.settings.loader import load_settings


@pytest.mark.parametrize(
    "value", ["", "change-me-to-a-long-random-string-of-many-characters", "too-short"]
)
def test_require_secret_refuses(value: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY must be set"):
        require_secret("DJANGO_SECRET_KEY", value)


def test_require_secret_accepts_a_random_value() -> None:
    value = secrets.token_urlsafe(50)
    assert require_secret("DJANGO_SECRET_KEY", value) == value


def test_the_two_secrets_must_differ() -> None:
    with pytest.raises(ImproperlyConfigured, match="must differ"):
        require_distinct_secrets("a" * 40, "a" * 40)


@pytest.mark.parametrize("module", ["config.settings.dev", "config.settings.prod"])
def test_settings_without_debug_refuse_a_placeholder(module: str) -> None:
    loaded = load_settings(
        module,
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="change-me-to-a-long-random-string",
        JWT_SIGNING_KEY=secrets.token_urlsafe(50),
    )
    assert loaded.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in loaded.stderr


def test_dev_settings_under_debug_start_without_secrets() -> None:
    loaded = load_settings(
        "config.settings.dev", DJANGO_DEBUG="true", DJANGO_SECRET_KEY="", JWT_SIGNING_KEY=""
    )
    assert loaded.returncode == 0, loaded.stderr
    assert "'social_login'" in loaded.stdout
