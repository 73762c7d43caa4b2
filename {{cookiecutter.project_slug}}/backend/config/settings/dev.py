"""Local development: `make dev`. Never used in production."""

from social_login.backends.dev_client import SPA_PORT, callback_uris

from .base import *  # noqa: F403
from .base import AUTH_SECRETS, PROVIDER_TOKENS_KEYS, env
from .required import require_auth_secrets, require_provider_tokens_keys, require_secret

DEBUG = env.bool("DJANGO_DEBUG", default=True)
if DEBUG:
    SECRET_KEY = SECRET_KEY or "dev-only-insecure-secret-key"  # noqa: F405
    # A published Fernet key (base64 of "dev-only-insecure-provider-token").
    PROVIDER_TOKENS_KEYS = PROVIDER_TOKENS_KEYS or ["ZGV2LW9ubHktaW5zZWN1cmUtcHJvdmlkZXItdG9rZW4="]
else:
    # Outside DEBUG these settings may face real traffic: the same rule as production.
    SECRET_KEY = require_secret("DJANGO_SECRET_KEY", SECRET_KEY)
    require_auth_secrets(SECRET_KEY, AUTH_SECRETS)
    PROVIDER_TOKENS_KEYS = require_provider_tokens_keys(SECRET_KEY, PROVIDER_TOKENS_KEYS)

API_DOCS_ENABLED = env.bool("API_DOCS_ENABLED", default=True)

# Social login: providers and flow
DEV_PROVIDER_ENABLED = env.bool("DEV_PROVIDER_ENABLED", default=True)
# `make dev` exports its ports; the provider's address and the SPA's callback URLs follow them
# unless backend/.env (or the environment) names them itself.
DEVIDP_PORT = env.int("DEVIDP_PORT", default=8001)
VITE_PORT = env.int("VITE_PORT", default=SPA_PORT)
DEV_PROVIDER_URL = env.str("DEV_PROVIDER_URL", default=f"http://127.0.0.1:{DEVIDP_PORT}")
SOCIAL_LOGIN_REDIRECT_URIS = env.list(
    "SOCIAL_LOGIN_REDIRECT_URIS", default=callback_uris(VITE_PORT)
)
