"""The dev OpenID Connect provider (`devidp`): a separate server for development and tests,
started by `make dev` on 127.0.0.1:8001. Never part of the API's settings.

It has its own database, user table, cookie names and URLconf, so it cannot be confused with
the API even though both run on 127.0.0.1 (browsers share cookies across ports).
"""

from pathlib import Path

from devidp.signing_key import load_or_create_private_key

from .base import BASE_DIR, env

# --- Dev provider settings (env: DEVIDP_*) ---------------------------------------------------
DEVIDP_DB_PATH = Path(env.str("DEVIDP_DB_PATH", default=str(BASE_DIR / "devidp.sqlite3")))
DEVIDP_KEY_PATH = Path(
    env.str("DEVIDP_KEY_PATH", default=str(BASE_DIR / "devidp" / "keys" / "signing-key.pem"))
)
# false: every client asks for consent (e2e uses it to deny); true: clients marked
# skip_authorization (the seeded dev-spa) go straight back with a code.
DEVIDP_SKIP_CONSENT = env.bool("DEVIDP_SKIP_CONSENT", default=True)
# Extra redirect URIs for the seeded client, space or comma separated.
DEVIDP_REDIRECT_URIS = env.str("DEVIDP_REDIRECT_URIS", default="")
# Unset by default: a Cross-Origin-Opener-Policy on these pages would cut the popup's opener.
SECURE_CROSS_ORIGIN_OPENER_POLICY = env.str("DEVIDP_COOP", default="") or None
# -----------------------------------------------------------------------------------------------

SECRET_KEY = env.str("DEVIDP_SECRET_KEY", default="devidp-dev-only-insecure-secret-key")
DEBUG = env.bool("DEVIDP_DEBUG", default=True)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    # Before oauth2_provider: its templates override the toolkit's consent page.
    "devidp",
    "oauth2_provider",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "devidp.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
            ],
        },
    },
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": DEVIDP_DB_PATH}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "auth.User"
# Dev accounts with known passwords: no password validators here.
AUTH_PASSWORD_VALIDATORS: list[dict[str, str]] = []
PASSWORD_HASHERS = ["devidp.hashers.DevPBKDF2PasswordHasher"]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

SESSION_COOKIE_NAME = "devidp_sessionid"
CSRF_COOKIE_NAME = "devidp_csrftoken"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"

OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_RSA_PRIVATE_KEY": load_or_create_private_key(DEVIDP_KEY_PATH),
    "OAUTH2_VALIDATOR_CLASS": "devidp.validators.DevIdpValidator",
    "OAUTH2_BACKEND_CLASS": "devidp.oauthlib_core.DevIdpOAuthLibCore",
    "SCOPES": {
        "openid": "Sign you in",
        "profile": "See your name and username",
        "email": "See your email address",
    },
    "DEFAULT_SCOPES": ["openid"],
    "PKCE_REQUIRED": True,
    # Loopback redirect URIs match on any port (RFC 8252 7.3); localhost too, so the SPA can
    # move off :5173 without re-seeding.
    "ALLOW_LOCALHOST_LOOPBACK": True,
    "OIDC_RESPONSE_TYPES_SUPPORTED": ["code"],
    "OAUTH2_RESPONSE_TYPES_SUPPORTED": ["code"],
    "OAUTH2_GRANT_TYPES_SUPPORTED": ["authorization_code", "refresh_token"],
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    # RFC 9700: behave like a careful production provider, so dev finds client bugs early.
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
}
