"""Loads a settings module in a subprocess: this process already runs on the test settings."""

import os
import subprocess
import sys
from pathlib import Path

BACKEND_DIR = Path(__file__).resolve().parents[3]
SHOW_SETTINGS = (
    "import django; from django.conf import settings; django.setup(); "
    "print(sorted(settings.INSTALLED_APPS)); print(settings.DEV_PROVIDER_ENABLED)"
)


def load_settings(
    module: str, code: str = SHOW_SETTINGS, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter, fixed code
        [sys.executable, "-c", code],
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
