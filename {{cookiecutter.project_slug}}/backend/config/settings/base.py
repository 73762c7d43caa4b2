"""Settings shared by every environment. Values that differ per deployment come from the
environment (or backend/.env) and are read here, in one place."""

import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# backend/.env, in development; DJANGO_ENV_FILE names another file, or none when empty (the test
# settings: tests run on their defaults). Variables already in the environment win over it.
ENV_FILE = os.environ.get("DJANGO_ENV_FILE", str(BASE_DIR / ".env"))
if ENV_FILE:
    environ.Env.read_env(ENV_FILE)

PROJECT_NAME = "My Project"

# How the SPA stays signed in, chosen when the project was generated: that auth mode's
# settings (config/settings/auth_<mode>.py). The generator wrote this import and removed the
# other mode's module.
from .auth_jwt import *  # noqa: E402, F403
from .auth_jwt import (  # noqa: E402
    AUTH_APPS,
    AUTH_CLASSES,
    AUTH_SCHEMA_COMPONENTS,
    AUTH_SCHEMA_HOOKS,
)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files for /api/docs/, served as static files
    "social_django",
    "core",
    "accounts",
    "social_login",
    "social_login.provider_tokens",
    "notes",
    *AUTH_APPS,
]

MIDDLEWARE = [
    "core.middleware.ApiJsonErrorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Above whitenoise, so that the files it serves (index.html, callback.html) get them too.
    "csp.middleware.CSPMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "core.request_checks.ApiRequestChecksMiddleware",  # its 413 and 405 get the headers above
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A write transaction takes SQLite's write lock when it begins and waits up to 20 s for it.
    # SQLite ignores select_for_update: a deferred transaction that reads, then writes, answers
    # "database is locked" at once when another writer got in first (two tabs refreshing).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Throttle counters live in the cache: with several server processes, point REDIS_URL at a
# shared Redis (compose.yaml does) so that limits hold across them.
CACHES = {"default": env.cache("REDIS_URL", default="locmemcache://")}

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

TIME_ZONE = "UTC"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# The API refuses bodies larger than this with a JSON 413 (core.middleware).
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=16 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = API_MAX_BODY_BYTES

# The SPA is served on the same origin in dev (Vite proxy) and prod (whitenoise). List exact
# origins here only when the SPA lives on another origin; never a wildcard with credentials.
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_ALLOW_CREDENTIALS = True
CORS_URLS_REGEX = r"^/api/.*$"
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=CORS_ALLOWED_ORIGINS)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": AUTH_CLASSES,
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": ["core.parsers.JSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "core.errors.exception_handler",
    "UNAUTHENTICATED_USER": None,
}

SPECTACULAR_SETTINGS = {
    "TITLE": f"{PROJECT_NAME} API",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # /api/docs/ loads Swagger UI from drf-spectacular-sidecar (pinned in pyproject.toml), never
    # from a CDN: a foreign script on this origin could trade the refresh cookie for a token.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "APPEND_COMPONENTS": AUTH_SCHEMA_COMPONENTS,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "core.openapi.document_errors",
        *AUTH_SCHEMA_HOOKS,
    ],
}
# The Swagger UI page at /api/docs/; off unless enabled (dev settings enable it).
API_DOCS_ENABLED = env.bool("API_DOCS_ENABLED", default=False)

# The serializer of the user in /api/auth/me/ and in sign-in responses: point this at your own.
ACCOUNTS_USER_SERIALIZER = "accounts.serializers.UserSerializer"

# Sessions: the admin's in both auth modes, and the SPA's in session mode.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 24 * 14)

# Every response, the files whitenoise serves included: no page of this origin may be framed
# (this and Django's default X-Frame-Options: DENY),
# and pages run only this origin's scripts (Vite's build has no inline script). The docs page
# adds inline styles for itself (core/docs.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Single-page app -------------------------------------------------------------------------------
# In production the API serves the built SPA (`make build` writes frontend/dist) on its own
# origin: whitenoise serves the files, core.spa maps /auth/callback to callback.html and every
# other page path to index.html. When the SPA lives on another origin instead, list that exact
# origin in CORS_ALLOWED_ORIGINS (core.spa's system check refuses a wildcard).
SPA_DIST_DIR = Path(env.str("SPA_DIST_DIR", default=str(BASE_DIR.parent / "frontend" / "dist")))
WHITENOISE_ROOT = SPA_DIST_DIR
# Cached for good: Vite's content-hashed assets and Django's hashed static files.
WHITENOISE_IMMUTABLE_FILE_TEST = r"^/assets/.+-[\w-]{8}\.\w+$|\.[0-9a-f]{12}\.\w+$"
# The SPA's pages may open the sign-in popup and keep a handle on it; the callback page itself
# is served with "unsafe-none" so that it can reach its opener.
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin-allow-popups"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# Social login: providers and flow ------------------------------------------------------------
# Providers are listed in social_login/login/providers.py; docs/providers.md says how to
# configure each. Their keys keep social-core's names (SOCIAL_AUTH_GITHUB_KEY,
# SOCIAL_AUTH_GITHUB_SECRET, ...): social_login/conf.py reads them from the environment when
# used (or from a setting of that name, if one is added here); a provider without its keys is
# not offered.
# These settings are named like the environment variables they are read from.
# Exact URLs the providers may send the browser back to (the SPA's /auth/callback).
SOCIAL_LOGIN_REDIRECT_URIS = env.list("SOCIAL_LOGIN_REDIRECT_URIS", default=[])
# Let a new identity join the existing user with the same email address, only when the provider
# vouches that the address is verified (social_login/login/pipeline.py). Off: such a sign-in is
# refused with 409 email_in_use and the user connects the provider instead.
SOCIAL_LOGIN_ASSOCIATE_BY_VERIFIED_EMAIL = env.bool(
    "SOCIAL_LOGIN_ASSOCIATE_BY_VERIFIED_EMAIL", default=False
)
# When set, only verified addresses of these domains may sign in.
SOCIAL_LOGIN_ALLOWED_EMAIL_DOMAINS = env.list("SOCIAL_LOGIN_ALLOWED_EMAIL_DOMAINS", default=[])
# Button label of the generic OpenID Connect provider (SOCIAL_AUTH_OIDC_*).
SOCIAL_LOGIN_OIDC_NAME = env.str("SOCIAL_LOGIN_OIDC_NAME", default="OpenID Connect")
# Per client address; begin and complete answer 429 beyond.
SOCIAL_LOGIN_BEGIN_RATE = env.str("SOCIAL_LOGIN_BEGIN_RATE", default="30/min")
SOCIAL_LOGIN_COMPLETE_RATE = env.str("SOCIAL_LOGIN_COMPLETE_RATE", default="30/min")

# Throttles count per client address. DRF trusts X-Forwarded-For only with NUM_PROXIES set:
# the number of reverse proxies in front of the API (e.g. 1 behind one load balancer); with 0
# a client cannot dodge a limit by sending that header itself.
REST_FRAMEWORK["NUM_PROXIES"] = env.int("API_NUM_PROXIES", default=0)

# The development OpenID Connect provider (devidp), on in dev and test settings only. Its
# client id and secret are public development values (social_login/backends/dev_client.py).
DEV_PROVIDER_ENABLED = env.bool("DEV_PROVIDER_ENABLED", default=False)
DEV_PROVIDER_URL = env.str("DEV_PROVIDER_URL", default="http://127.0.0.1:8001")

# The providers' tokens of each identity are kept encrypted (social_login/provider_tokens/) with
# these Fernet keys, not with SECRET_KEY: a comma-separated list, newest first. The first
# encrypts, every one decrypts; after adding a key in front, `manage.py reencrypt_provider_tokens`
# moves every identity to it and the old one may go. Required outside DEBUG.
PROVIDER_TOKENS_KEYS = env.list("PROVIDER_TOKENS_KEYS", default=[])

SOCIAL_AUTH_USER_MODEL = AUTH_USER_MODEL
SOCIAL_AUTH_REQUESTS_TIMEOUT = env.float("SOCIAL_LOGIN_PROVIDER_TIMEOUT", default=10.0)
SOCIAL_AUTH_STATE_LIFETIME = 10 * 60  # as long as a flow token lives
SOCIAL_AUTH_NONCE_LIFETIME = 10 * 60
# A name is taken from the first provider that gives one: signing in or connecting with another
# provider (bob's account connected to alice) does not rename the user.
SOCIAL_AUTH_IMMUTABLE_USER_FIELDS = ["first_name", "last_name"]
# The sign-in pipeline is social_login/login/pipeline.py's PIPELINE, and disconnecting runs
# social_login/connections/services.py's DISCONNECT_PIPELINE; SOCIAL_AUTH_PIPELINE and
# SOCIAL_AUTH_DISCONNECT_PIPELINE set here would replace them.
