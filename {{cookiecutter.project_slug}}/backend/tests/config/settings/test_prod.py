"""Production settings leave the dev provider out. They are loaded in a subprocess: this
process already runs on the test settings."""

import os
import subprocess
import sys
from pathlib import Path

BACKEND_DIR = Path(__file__).resolve().parents[3]
SHOW_SETTINGS = (
    "import django; from django.conf import settings; django.setup(); "
    "print(sorted(settings.INSTALLED_APPS)); print(settings.DEV_PROVIDER_ENABLED)"
)


def load_prod_settings(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", SHOW_SETTINGS],
        cwd=BACKEND_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.prod",
            "DJANGO_SECRET_KEY": "s" * 50,
            "JWT_SIGNING_KEY": "j" * 50,
            "PYTHONDONTWRITEBYTECODE": "1",
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
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
