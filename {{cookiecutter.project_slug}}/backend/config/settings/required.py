"""Secrets a running API cannot do without, checked wherever DEBUG is off."""

from django.core.exceptions import ImproperlyConfigured

PLACEHOLDER_PREFIX = "change-me"


def require_secret(name: str, value: str) -> str:
    if not value or value.startswith(PLACEHOLDER_PREFIX) or len(value) < 32:
        raise ImproperlyConfigured(
            f"{name} must be set to a random value of at least 32 characters "
            "(see backend/.env.example)."
        )
    return value


def require_distinct_secrets(secret_key: str, jwt_signing_key: str) -> None:
    if secret_key == jwt_signing_key:
        raise ImproperlyConfigured("JWT_SIGNING_KEY must differ from DJANGO_SECRET_KEY.")
