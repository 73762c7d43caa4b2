"""Settings of auth_mode=jwt, imported by base.py: the auth mode this project was generated
with. The access token lives in the SPA's memory; the refresh token in an HttpOnly
cookie, rotated on every use. Each sign-in starts a token family: reusing a rotated refresh
token revokes the family, and no rotation extends it past REFRESH_TOKEN_FAMILY_LIFETIME."""

from datetime import timedelta

import environ

_env = environ.Env()  # base.py has read backend/.env into the environment already

AUTH_APPS = ["rest_framework_simplejwt.token_blacklist", "social_login.credentials.jwt"]
AUTH_CLASSES = ["social_login.credentials.jwt.authentication.JWTAuthentication"]

# The key that signs the tokens. Secrets of this mode besides DJANGO_SECRET_KEY: dev.py (outside
# DEBUG) and prod.py refuse to start unless each is set, random and distinct from it.
JWT_SIGNING_KEY = _env.str("JWT_SIGNING_KEY", default="")
AUTH_SECRETS = {"JWT_SIGNING_KEY": JWT_SIGNING_KEY}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=_env.int("JWT_ACCESS_TOKEN_MINUTES", default=5)),
    # Idle limit: a refresh token unused for this long expires.
    "REFRESH_TOKEN_LIFETIME": timedelta(days=_env.int("JWT_REFRESH_TOKEN_DAYS", default=7)),
    # Empty only where nothing requires the key (DEBUG development, tests): then a published
    # development key, which the production settings refuse.
    "SIGNING_KEY": JWT_SIGNING_KEY or "dev-only-insecure-jwt-signing-key",
    "ALGORITHM": "HS256",
    "AUTH_HEADER_TYPES": ("Bearer",),
}
# Absolute limit of one sign-in, whatever the rotations: then the user signs in again.
REFRESH_TOKEN_FAMILY_LIFETIME = timedelta(days=_env.int("JWT_REFRESH_FAMILY_DAYS", default=30))
# Two tabs refreshing at once send the same cookie: the token rotated away this recently gets
# an access token instead of revoking the sign-in. 0 makes every reuse revoke.
REFRESH_TOKEN_REUSE_GRACE = timedelta(
    seconds=_env.int("JWT_REFRESH_REUSE_GRACE_SECONDS", default=10)
)
# Sent only to the refresh and logout calls (and the rest of /api/auth/); Secure unless DEBUG.
REFRESH_COOKIE_NAME = "refresh_token"
REFRESH_COOKIE_PATH = "/api/auth/"
REFRESH_COOKIE_SAMESITE = "Lax"
# Refresh calls per sign-in (token family), or per client address for a cookie that does not
# verify; 429 rate_limited beyond.
REFRESH_TOKEN_THROTTLE_RATE = _env.str("SOCIAL_LOGIN_REFRESH_RATE", default="30/minute")

AUTH_SCHEMA_COMPONENTS = {
    "securitySchemes": {
        "refreshCookie": {"type": "apiKey", "in": "cookie", "name": REFRESH_COOKIE_NAME},
    },
}
# Schema postprocessing of this mode: none (refresh and logout name their cookie themselves).
AUTH_SCHEMA_HOOKS: list[str] = []
