"""Production settings leave the dev provider out."""

from tests.config.settings.loader import fresh_secrets, load_settings


def load_prod_settings(**env: str):
    return load_settings("config.settings.prod", **{**fresh_secrets(), **env})


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


PROBE = (
    "import django; django.setup(); from django.test import Client; client = Client(); "
    "health = client.get('/api/health/'); other = client.get('/api/auth/providers/'); "
    "secure = client.get('/api/health/', secure=True); "
    "print(health.status_code, other.status_code, other.get('Location'), "
    "secure.get('Strict-Transport-Security'))"
)


def test_health_answers_plain_http_probes_while_everything_else_redirects() -> None:
    """A load balancer's or an orchestrator's probe speaks plain HTTP to the instance."""
    loaded = load_settings(
        "config.settings.prod",
        **fresh_secrets(),
        DATABASE_URL="sqlite://:memory:",
        DJANGO_ALLOWED_HOSTS="testserver",
        show=PROBE,
    )
    assert loaded.returncode == 0, loaded.stderr
    health, other, location, hsts = loaded.stdout.split(maxsplit=3)
    assert health == "200"
    assert other == "301"
    assert location == "https://testserver/api/auth/providers/"
    assert hsts.startswith("max-age=")
