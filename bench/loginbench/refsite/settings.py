"""The reference: rest-social-auth + simplejwt in a minimal Django project, as its README sets
it up (JWT pair endpoint, social-core's default pipeline, no state kept between calls).

Environment: BENCH_DATABASE_URL (sqlite:///path or postgres://...), BENCH_PROVIDER_URL.
"""

import os
import secrets
from urllib.parse import urlsplit

from social_core.backends.github import GithubOAuth2

SECRET_KEY = os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50)
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "loginbench.refsite.urls"
WSGI_APPLICATION = "loginbench.refsite.wsgi.application"
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "social_django",
    "rest_social_auth",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]


def _database(url: str) -> dict:
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        # As the bake: the write lock taken when a transaction begins, 20 s to get it.
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": parts.path,
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
            "CONN_MAX_AGE": 60,
        }
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parts.path.lstrip("/"),
        "USER": parts.username or "",
        "HOST": parts.hostname or "",
        "PORT": parts.port or "",
        "CONN_MAX_AGE": 60,
    }


DATABASES = {"default": _database(os.environ["BENCH_DATABASE_URL"])}

AUTHENTICATION_BACKENDS = [
    "social_core.backends.github.GithubOAuth2",
    "django.contrib.auth.backends.ModelBackend",
]
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
    ],
}
SOCIAL_AUTH_GITHUB_KEY = "bench-client"
SOCIAL_AUTH_GITHUB_SECRET = "bench-secret"
SOCIAL_AUTH_GITHUB_SCOPE = ["user:email"]
SOCIAL_AUTH_REQUESTS_TIMEOUT = 10
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

_PROVIDER = os.environ["BENCH_PROVIDER_URL"]
GithubOAuth2.AUTHORIZATION_URL = f"{_PROVIDER}/login/oauth/authorize"
GithubOAuth2.ACCESS_TOKEN_URL = f"{_PROVIDER}/login/oauth/access_token"
GithubOAuth2.API_URL = f"{_PROVIDER}/"
