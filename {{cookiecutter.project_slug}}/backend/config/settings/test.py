"""The test suite: fixed keys, fast hashing, no .env surprises."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production-0123456789"  # noqa: S105
JWT_SIGNING_KEY = "test-jwt-signing-key-not-for-production-0123456789"
SIMPLE_JWT["SIGNING_KEY"] = JWT_SIGNING_KEY  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Social login: providers and flow
DEV_PROVIDER_ENABLED = True
SOCIAL_LOGIN["REDIRECT_URIS"] = [  # noqa: F405
    "http://127.0.0.1:5173/auth/callback",
    "http://localhost:5173/auth/callback",
]
SOCIAL_LOGIN["THROTTLE_RATES"] = {"social_begin": "1000/min", "social_complete": "1000/min"}  # noqa: F405
