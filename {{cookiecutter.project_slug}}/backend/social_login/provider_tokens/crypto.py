"""Encryption of the providers' tokens: Fernet (AES-CBC + HMAC) under PROVIDER_TOKENS_KEYS, a
key list of their own, never SECRET_KEY. The first key encrypts, every key decrypts, so a new
key can be put in front while the rows still sealed under the old one are moved to it
(`manage.py reencrypt_provider_tokens`)."""

from __future__ import annotations

import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


class UnreadableTokens(Exception):
    """The stored tokens were sealed with a key no longer in PROVIDER_TOKENS_KEYS, or altered."""


def _fernet() -> MultiFernet:
    # Read each time: tests and key rotation change the setting while the process runs.
    return MultiFernet([Fernet(key) for key in settings.PROVIDER_TOKENS_KEYS])


def seal(tokens: dict[str, Any]) -> str:
    return _fernet().encrypt(json.dumps(tokens, sort_keys=True).encode()).decode()


def open_sealed(sealed: str) -> dict[str, Any]:
    try:
        return json.loads(_fernet().decrypt(sealed.encode()))
    except InvalidToken:
        raise UnreadableTokens() from None


def reseal(sealed: str) -> str:
    """The same tokens under the first key (MultiFernet.rotate keeps the original timestamp)."""
    try:
        return _fernet().rotate(sealed.encode()).decode()
    except InvalidToken:
        raise UnreadableTokens() from None
