"""Loads a settings module in a subprocess: this process already runs on the test settings."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

BACKEND_DIR = Path(__file__).resolve().parents[3]
SHOW_SETTINGS = (
    "import django, os; from django.conf import settings; django.setup(); "
    "print(sorted(settings.INSTALLED_APPS)); print(settings.DEV_PROVIDER_ENABLED); "
    "[print(getattr(settings, name)) for name in os.environ.get('SHOW', '').split()]"
)


def load_settings(
    module: str, *, show: str = SHOW_SETTINGS, **env: str
) -> subprocess.CompletedProcess[str]:
    """`show`: Python that prints what the test looks at, after django.setup()."""
    return subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", show],
        cwd=BACKEND_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": module,
            "PYTHONDONTWRITEBYTECODE": "1",
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )


def fresh_secrets() -> dict[str, str]:
    """Random values for every secret the settings require outside DEBUG: DJANGO_SECRET_KEY,
    the auth mode's own (AUTH_SECRETS of config/settings/auth_*.py) and the Fernet key of the
    providers' tokens."""
    from cryptography.fernet import Fernet
    from django.conf import settings

    names = ["DJANGO_SECRET_KEY", *settings.AUTH_SECRETS]
    return {
        **{name: secrets.token_urlsafe(50) for name in names},
        "PROVIDER_TOKENS_KEYS": Fernet.generate_key().decode(),
    }
