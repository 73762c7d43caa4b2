"""The test suite: fixed keys, fast hashing, no .env surprises."""

import os
from pathlib import Path

import environ


class EnvFileValues(environ.Env):
    """backend/.env's values, read into a dict of their own instead of os.environ."""

    ENVIRON: dict[str, str] = {}


# Before base reads the environment: no backend/.env, here or in the servers the tests start
# (they inherit this), so the suite runs on its defaults whatever a developer put there. The
# one exception is where the database is: a Postgres bake's tests need its server
# (`make db`). A DATABASE_URL in the environment (CI sets one) wins, as everywhere.
EnvFileValues.read_env(Path(__file__).resolve().parents[2] / ".env")
if "DATABASE_URL" in EnvFileValues.ENVIRON:
    os.environ.setdefault("DATABASE_URL", EnvFileValues.ENVIRON["DATABASE_URL"])
os.environ["DJANGO_ENV_FILE"] = ""

from social_login.backends.dev_client import callback_uris  # noqa: E402

from .base import *  # noqa: E402, F403

DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production-0123456789"  # noqa: S105
# A published Fernet key (base64 of "test-only-provider-tokens-key-01").
PROVIDER_TOKENS_KEYS = ["dGVzdC1vbmx5LXByb3ZpZGVyLXRva2Vucy1rZXktMDE="]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The built SPA (frontend/dist) is not part of the tests: `make build` must not change their
# results. tests/core/test_spa.py points these at a build of its own.
SPA_DIST_DIR = BASE_DIR / "tests" / "no-spa-build"  # noqa: F405
WHITENOISE_ROOT = None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Social login: providers and flow
DEV_PROVIDER_ENABLED = True
SOCIAL_LOGIN_REDIRECT_URIS = callback_uris()
SOCIAL_LOGIN_BEGIN_RATE = SOCIAL_LOGIN_COMPLETE_RATE = "1000/min"
