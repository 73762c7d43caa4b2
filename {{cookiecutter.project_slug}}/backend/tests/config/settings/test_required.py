"""Outside DEBUG, no settings module starts with a missing, short, placeholder, published or
predictable secret."""

import re
import secrets
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from config.settings.required import (
    PUBLIC_VALUES,
    require_auth_secrets,
    require_provider_tokens_keys,
    require_secret,
)
from tests.config.settings.loader import fresh_secrets, load_settings


@pytest.mark.parametrize(
    "value", ["", "change-me-to-a-long-random-string-of-many-characters", "too-short"]
)
def test_require_secret_refuses(value: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY must be set"):
        require_secret("DJANGO_SECRET_KEY", value)


def test_require_secret_accepts_a_random_value() -> None:
    value = secrets.token_urlsafe(50)
    assert require_secret("DJANGO_SECRET_KEY", value) == value


def test_the_auth_modes_secrets_must_differ_from_the_secret_key() -> None:
    value = secrets.token_urlsafe(50)
    with pytest.raises(ImproperlyConfigured, match="ANOTHER_KEY must differ"):
        require_auth_secrets(value, {"ANOTHER_KEY": value})


def test_the_auth_modes_secrets_are_required_like_the_secret_key() -> None:
    with pytest.raises(ImproperlyConfigured, match="ANOTHER_KEY must be set"):
        require_auth_secrets(secrets.token_urlsafe(50), {"ANOTHER_KEY": ""})


@pytest.mark.parametrize("module", ["config.settings.dev", "config.settings.prod"])
def test_settings_without_debug_refuse_a_placeholder(module: str) -> None:
    loaded = load_settings(
        module,
        **{
            **fresh_secrets(),
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": "change-me-to-a-long-random-string",
        },
    )
    assert loaded.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in loaded.stderr


def test_dev_settings_under_debug_start_without_secrets() -> None:
    no_secrets = dict.fromkeys(fresh_secrets(), "")
    loaded = load_settings("config.settings.dev", **{**no_secrets, "DJANGO_DEBUG": "true"})
    assert loaded.returncode == 0, loaded.stderr
    assert "'social_login'" in loaded.stdout


PROJECT_DIR = Path(__file__).resolve().parents[4]
SECRET_LINE = re.compile(r"secret|signing", re.IGNORECASE)
# A quoted value, or a bare one after = (.env files), without spaces: messages are not secrets.
LITERAL = re.compile(r"""["']([^"'\s]{12,})["']|=([^"'\s=]{12,})$""")
# Setting names, identifiers, paths, URLs and query strings: not values of a secret.
NOT_A_VALUE = re.compile(r"^[A-Z0-9_]+$|^[a-z0-9_]+$|[={/]")
SCANNED = {".py", ".example", ".yaml", ".yml", ".md", ".toml", ".ts"}
SKIPPED = {"node_modules", ".venv", "dist", "staticfiles", ".git"}


def published_secrets() -> set[str]:
    """Every literal on a line about a secret in the project's own files (settings, tests,
    examples, docs), names aside."""
    found = set()
    for path in PROJECT_DIR.rglob("*"):
        if SKIPPED & set(path.parts) or not path.is_file() or path.suffix not in SCANNED:
            continue
        for line in path.read_text(errors="ignore").splitlines():
            if SECRET_LINE.search(line):
                found.update(
                    value
                    for match in LITERAL.findall(line)
                    for value in match
                    if value and not NOT_A_VALUE.search(value)
                )
    return found


def test_every_secret_published_in_the_project_is_refused() -> None:
    published = published_secrets()
    assert "test-secret-key-not-for-production-0123456789" in published  # the scan works
    for value in published:
        with pytest.raises(ImproperlyConfigured):
            require_secret("DJANGO_SECRET_KEY", value)


@pytest.mark.parametrize("value", sorted(v for v in PUBLIC_VALUES if len(v) >= 32))
def test_require_secret_refuses_values_of_the_template_by_name(value: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="published with this project"):
        require_secret("DJANGO_SECRET_KEY", value)


@pytest.mark.parametrize(
    "value",
    ["a" * 32, "ab" * 20, "0123456789abcdef" * 3, "abcd" * 8 + "x"],
)
def test_require_secret_refuses_predictable_values(value: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY is too predictable"):
        require_secret("DJANGO_SECRET_KEY", value)


def test_require_secret_accepts_32_random_hex_digits() -> None:
    value = secrets.token_hex(16)
    assert require_secret("DJANGO_SECRET_KEY", value) == value


def test_prod_settings_refuse_the_test_settings_secret_key() -> None:
    from config.settings import test

    env = {**fresh_secrets(), "DJANGO_SECRET_KEY": test.SECRET_KEY}
    loaded = load_settings("config.settings.prod", **env)
    assert loaded.returncode != 0
    assert "DJANGO_SECRET_KEY is a value published with this project" in loaded.stderr


@pytest.mark.parametrize("module", ["config.settings.dev", "config.settings.prod"])
@pytest.mark.parametrize("name", sorted(fresh_secrets()))
def test_settings_without_debug_require_each_secret(module: str, name: str) -> None:
    loaded = load_settings(module, **{**fresh_secrets(), "DJANGO_DEBUG": "false", name: ""})
    assert loaded.returncode != 0
    assert f"{name} must be set" in loaded.stderr


def test_provider_tokens_keys_must_be_fernet_keys() -> None:
    with pytest.raises(ImproperlyConfigured, match="32 random bytes in url-safe base64"):
        require_provider_tokens_keys(secrets.token_urlsafe(50), [secrets.token_urlsafe(50)])


def test_provider_tokens_keys_must_differ_from_the_secret_key() -> None:
    key = Fernet.generate_key().decode()
    with pytest.raises(ImproperlyConfigured, match="must differ from DJANGO_SECRET_KEY"):
        require_provider_tokens_keys(key, [key])


def test_the_dev_and_test_provider_tokens_keys_are_refused() -> None:
    from config.settings import test

    dev = load_settings(
        "config.settings.dev",
        show="import django; from django.conf import settings; django.setup(); "
        "print(','.join(settings.PROVIDER_TOKENS_KEYS))",
        DJANGO_DEBUG="true",
        PROVIDER_TOKENS_KEYS="",
    )
    assert dev.returncode == 0, dev.stderr
    for published in (dev.stdout.strip(), *test.PROVIDER_TOKENS_KEYS):
        with pytest.raises(ImproperlyConfigured, match="published with this project"):
            require_provider_tokens_keys(secrets.token_urlsafe(50), [published])


def test_prod_settings_take_several_provider_tokens_keys() -> None:
    keys = [Fernet.generate_key().decode(), Fernet.generate_key().decode()]
    loaded = load_settings(
        "config.settings.prod",
        show="import django; from django.conf import settings; django.setup(); "
        "print(settings.PROVIDER_TOKENS_KEYS)",
        **{**fresh_secrets(), "PROVIDER_TOKENS_KEYS": ",".join(keys)},
    )
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == repr(keys)
