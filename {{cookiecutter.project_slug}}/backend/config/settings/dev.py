"""Local development: `make dev`. Never used in production."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-secret-key"  # noqa: F405
JWT_SIGNING_KEY = JWT_SIGNING_KEY or "dev-only-insecure-jwt-signing-key"  # noqa: F405
SIMPLE_JWT["SIGNING_KEY"] = JWT_SIGNING_KEY  # noqa: F405
