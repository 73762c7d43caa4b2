"""The key that signs the tokens (JWT_SIGNING_KEY): required outside DEBUG, never a published
value, never DJANGO_SECRET_KEY's."""

from django.conf import settings

from tests.config.settings.loader import fresh_secrets, load_settings


def test_prod_settings_refuse_the_published_development_key() -> None:
    env = {**fresh_secrets(), "JWT_SIGNING_KEY": settings.SIMPLE_JWT["SIGNING_KEY"]}
    loaded = load_settings("config.settings.prod", **env)
    assert loaded.returncode != 0
    assert "JWT_SIGNING_KEY is a value published with this project" in loaded.stderr


def test_prod_settings_refuse_the_secret_key_as_signing_key() -> None:
    env = fresh_secrets()
    env["JWT_SIGNING_KEY"] = env["DJANGO_SECRET_KEY"]
    loaded = load_settings("config.settings.prod", **env)
    assert loaded.returncode != 0
    assert "JWT_SIGNING_KEY must differ from DJANGO_SECRET_KEY" in loaded.stderr


def test_the_tokens_are_signed_with_the_configured_key() -> None:
    env = fresh_secrets()
    show = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.SIMPLE_JWT['SIGNING_KEY'])"
    )
    loaded = load_settings("config.settings.prod", show=show, **env)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == env["JWT_SIGNING_KEY"]
