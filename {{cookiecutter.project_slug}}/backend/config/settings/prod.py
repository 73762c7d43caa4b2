"""Production. Refuses to start with a missing or placeholder secret."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import AUTH_SECRETS, PROVIDER_TOKENS_KEYS, env
from .required import require_auth_secrets, require_provider_tokens_keys, require_secret

DEBUG = False

SECRET_KEY = require_secret("DJANGO_SECRET_KEY", SECRET_KEY)  # noqa: F405
require_auth_secrets(SECRET_KEY, AUTH_SECRETS)
PROVIDER_TOKENS_KEYS = require_provider_tokens_keys(SECRET_KEY, PROVIDER_TOKENS_KEYS)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# Health probes (a load balancer's, Kubernetes') talk plain HTTP to the instance: answer them.
SECURE_REDIRECT_EXEMPT = [r"^api/health/$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 30)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is a commitment for every subdomain that cannot be undone quickly: opt in yourself.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
if not SECURE_SSL_REDIRECT:
    # Turned off on purpose (DJANGO_SECURE_SSL_REDIRECT=false): a proxy in front redirects, or
    # compose.yaml serves plain HTTP on localhost. Not a forgotten setting, so not a warning.
    SILENCED_SYSTEM_CHECKS.append("security.W008")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Social login: providers and flow
if env.bool("DEV_PROVIDER_ENABLED", default=False):
    raise ImproperlyConfigured("DEV_PROVIDER_ENABLED: the dev provider never runs in production.")
DEV_PROVIDER_ENABLED = False
