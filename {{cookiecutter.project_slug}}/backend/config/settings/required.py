"""Secrets a running API cannot do without, checked wherever DEBUG is off."""

import math
from collections import Counter

from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

PLACEHOLDER_PREFIX = "change-me"
MIN_LENGTH = 32
# Shannon estimate over the value's own characters: 32 random hex digits reach 97 bits at the
# very least, Django's get_random_secret_key() about 250; 32 x "a" has 0, four letters 64.
MIN_ENTROPY_BITS = 72
# Values published with this template (test and development settings, tests, examples): every
# bake and every reader of its source knows them. tests/config/settings/test_required.py checks
# that each secret written in the project's own files is refused.
PUBLIC_VALUES = frozenset(
    {
        "test-secret-key-not-for-production-0123456789",
        "dev-only-insecure-secret-key",
        "dev-only-insecure-jwt-signing-key",
        "devidp-dev-only-insecure-secret-key",
        "another-secret-key-of-another-deployment-0123456789",
        "another-key-0123456789-0123456789-0123456789",
        "dev-spa-secret",
        # PROVIDER_TOKENS_KEYS of the dev and test settings (Fernet keys).
        "ZGV2LW9ubHktaW5zZWN1cmUtcHJvdmlkZXItdG9rZW4=",
        "dGVzdC1vbmx5LXByb3ZpZGVyLXRva2Vucy1rZXktMDE=",
    }
)
HOW_TO = "generate one: python -c 'import secrets; print(secrets.token_urlsafe(50))'"


def entropy_bits(value: str) -> float:
    """Shannon entropy of the value's characters times its length: an upper bound for a guess."""
    counts = Counter(value)
    return -sum(n * math.log2(n / len(value)) for n in counts.values())


def _is_periodic(value: str) -> bool:
    # "abcabcabc" is found again inside itself doubled, before its own length.
    return (value + value).find(value, 1) < len(value)


def require_secret(name: str, value: str) -> str:
    if not value or value.startswith(PLACEHOLDER_PREFIX) or len(value) < MIN_LENGTH:
        raise ImproperlyConfigured(
            f"{name} must be set to a random value of at least {MIN_LENGTH} characters "
            "(see backend/.env.example)."
        )
    if value.strip() in PUBLIC_VALUES:
        raise ImproperlyConfigured(
            f"{name} is a value published with this project's source (test or development "
            f"settings): anyone could sign sessions and tokens with it; {HOW_TO}."
        )
    if _is_periodic(value) or entropy_bits(value) < MIN_ENTROPY_BITS:
        raise ImproperlyConfigured(
            f"{name} is too predictable (a repeated pattern or too few different characters, "
            f"under {MIN_ENTROPY_BITS} bits); {HOW_TO}."
        )
    return value


def require_auth_secrets(secret_key: str, auth_secrets: dict[str, str]) -> None:
    """The secrets of the auth mode (AUTH_SECRETS of config/settings/auth_*.py): each set,
    unguessable and distinct from DJANGO_SECRET_KEY."""
    for name, value in auth_secrets.items():
        require_secret(name, value)
        if value == secret_key:
            raise ImproperlyConfigured(f"{name} must differ from DJANGO_SECRET_KEY.")


def require_provider_tokens_keys(secret_key: str, keys: list[str]) -> list[str]:
    """PROVIDER_TOKENS_KEYS: at least one key, each an unpublished Fernet key (32 random bytes,
    url-safe base64) other than DJANGO_SECRET_KEY. The first encrypts, all decrypt."""
    name = "PROVIDER_TOKENS_KEYS"
    if not keys:
        require_secret(name, "")
    for key in keys:
        require_secret(name, key)
        if key == secret_key:
            raise ImproperlyConfigured(f"{name} must differ from DJANGO_SECRET_KEY.")
        try:
            Fernet(key)
        except ValueError:
            raise ImproperlyConfigured(
                f"{name}: each key must be 32 random bytes in url-safe base64; generate one: "
                "python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'."
            ) from None
    return keys
