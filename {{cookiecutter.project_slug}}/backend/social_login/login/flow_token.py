"""The flow token: what a login remembers between begin and complete, held by the SPA.

It carries social-core's session data for this login (state, PKCE verifier, OIDC nonce, OAuth1
request token and its secret), the provider, the redirect URI, the intent and, for `connect`,
the signed-in user's id. Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`) encrypts and
signs it with a key derived from SECRET_KEY for this purpose only (once per process and
secret), and dates it. complete accepts it once, within FLOW_TTL_SECONDS: it first checks that
no row marks the token used (`check_unused`, a read, so that a replay never reaches the
provider), then, in the transaction that signs in, inserts that row keyed by the token's random
id (social_django's Nonce, unique: `consume`), so two concurrent uses cannot both win.
`manage.py clearsocial` removes old rows.
"""

from __future__ import annotations

import base64
import functools
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.db import IntegrityError, transaction
from social_django.models import Nonce

FLOW_TTL_SECONDS = 10 * 60
_KEY_SALT = b"social_login.flow.v1"
_USED_SCOPE = "social_login.flow"
_VERSION = 1


class InvalidFlow(Exception):
    """Forged, expired, for another provider or redirect URI, or used before."""


@dataclass
class Flow:
    provider: str
    redirect_uri: str
    intent: str = "login"
    user_id: str | None = None
    session: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    issued_at: int = field(default_factory=lambda: int(time.time()))


def _fernet() -> Fernet:
    return _fernet_of(settings.SECRET_KEY)


@functools.lru_cache(maxsize=2)
def _fernet_of(secret_key: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=_KEY_SALT, info=b"flow token").derive(
        secret_key.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def encode(flow: Flow) -> str:
    payload = {
        "v": _VERSION,
        "id": flow.id,
        "p": flow.provider,
        "r": flow.redirect_uri,
        "i": flow.intent,
        "u": flow.user_id,
        "s": flow.session,
    }
    data = json.dumps(payload, separators=(",", ":")).encode()
    return _fernet().encrypt_at_time(data, flow.issued_at).decode()


def decode(token: str, *, provider: str, redirect_uri: str) -> Flow:
    """The flow in `token`, if genuine, unexpired and made for this provider and redirect URI.
    Does not consume it."""
    fernet = _fernet()
    try:
        raw = token.encode("ascii")
        data = json.loads(fernet.decrypt(raw, ttl=FLOW_TTL_SECONDS))
        issued_at = fernet.extract_timestamp(raw)
    except (InvalidToken, UnicodeError, ValueError) as error:
        raise InvalidFlow("not a valid flow token") from error
    if not isinstance(data, dict) or data.get("v") != _VERSION:
        raise InvalidFlow("unknown flow token version")
    if data.get("p") != provider:
        raise InvalidFlow("flow token made for another provider")
    if data.get("r") != redirect_uri:
        raise InvalidFlow("flow token made for another redirect_uri")
    return Flow(
        provider=data["p"],
        redirect_uri=data["r"],
        intent=data["i"],
        user_id=data["u"],
        session=data["s"],
        id=data["id"],
        issued_at=issued_at,
    )


def check_unused(flow: Flow) -> None:
    """Raises InvalidFlow if the flow was used before. Only `consume` settles a race."""
    if Nonce.objects.filter(server_url=_USED_SCOPE, salt=flow.id).exists():
        raise InvalidFlow("flow token used before")


def consume(flow: Flow) -> None:
    """Marks the flow used; raises InvalidFlow if it was used before (also concurrently).
    Inside the caller's transaction if there is one (no savepoint: a refused flow ends it)."""
    try:
        with transaction.atomic(savepoint=False):
            Nonce.objects.create(server_url=_USED_SCOPE, timestamp=flow.issued_at, salt=flow.id)
    except IntegrityError as error:
        raise InvalidFlow("flow token used before") from error
