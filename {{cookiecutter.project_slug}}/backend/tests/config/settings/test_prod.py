"""Production settings leave the dev provider out."""

import secrets

from tests.config.settings.loader import load_settings


def load_prod_settings(**env: str):
    return load_settings(
        "config.settings.prod",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        JWT_SIGNING_KEY=secrets.token_urlsafe(50),
        **env,
    )


def test_prod_installs_neither_the_dev_provider_nor_its_toolkit() -> None:
    loaded = load_prod_settings(DEV_PROVIDER_ENABLED="false")
    assert loaded.returncode == 0, loaded.stderr
    apps, enabled = loaded.stdout.splitlines()
    assert "'social_login'" in apps  # the real list was printed
    assert "devidp" not in apps
    assert "oauth2_provider" not in apps
    assert enabled == "False"


def test_prod_refuses_to_start_when_asked_for_the_dev_provider() -> None:
    refused = load_prod_settings(DEV_PROVIDER_ENABLED="true")
    assert refused.returncode != 0
    assert "ImproperlyConfigured" in refused.stderr
    assert "the dev provider never runs in production" in refused.stderr
