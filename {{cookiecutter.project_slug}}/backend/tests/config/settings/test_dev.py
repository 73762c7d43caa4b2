"""Development settings (`make dev`): the dev provider's address and the allowed callback URLs
follow make dev's ports, unless backend/.env or the environment names them."""

import json

from tests.config.settings.loader import load_settings

SHOW_DEV_URLS = (
    "import django, json; from django.conf import settings; django.setup(); "
    "print(json.dumps([settings.DEV_PROVIDER_URL, settings.SOCIAL_LOGIN_REDIRECT_URIS]))"
)


def dev_urls(**env: str) -> tuple[str, list[str]]:
    loaded = load_settings("config.settings.dev", show=SHOW_DEV_URLS, **env)
    assert loaded.returncode == 0, loaded.stderr
    provider_url, redirect_uris = json.loads(loaded.stdout)
    return provider_url, redirect_uris


def test_urls_follow_the_ports_of_make_dev() -> None:
    provider_url, redirect_uris = dev_urls(DEVIDP_PORT="8011", VITE_PORT="5180")
    assert provider_url == "http://127.0.0.1:8011"
    assert redirect_uris == [
        "http://127.0.0.1:5180/auth/callback",
        "http://localhost:5180/auth/callback",
    ]


def test_urls_named_in_the_environment_win_over_the_ports() -> None:
    """backend/.env is read the same way: a value set there is used as it is."""
    provider_url, redirect_uris = dev_urls(
        DEVIDP_PORT="8011",
        VITE_PORT="5180",
        DEV_PROVIDER_URL="http://127.0.0.1:9001",
        SOCIAL_LOGIN_REDIRECT_URIS="http://127.0.0.1:3000/auth/callback",
    )
    assert provider_url == "http://127.0.0.1:9001"
    assert redirect_uris == ["http://127.0.0.1:3000/auth/callback"]
