"""social-core's storage for this API: social_django's models, except that the two things
social-core writes at begin live in the flow token instead of a table.

- The OAuth 2 state nonce (social_core.backends.oauth: `nonce.use` at begin, `nonce.consume`
  at complete). The state sits in the flow token, sealed, so nobody else knows it; complete
  still compares it with the provider's answer (social-core's `validate_state`), and its single
  use is the flow token's: complete claims the flow in the transaction that signs in (or, when
  the login fails, on its own), so a state is accepted at most once.
- The OpenID Connect nonce (social_core.backends.open_id_connect: an Association row per
  login). It is kept in the flow's session with its issue time and lifetime; social-core still
  checks the ID token's nonce against it, its age, and the state it was issued for.

Begin therefore touches no database.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from social_django.models import DjangoStorage

_ASSOCIATIONS = "flow_associations"


class _StateNonces:
    def __init__(self, strategy: Any) -> None:
        self._strategy = strategy

    def use(self, server_url: str, timestamp: int, salt: str) -> bool:
        # A fresh random state, sealed in this login's flow token: no one else can hold it.
        return True

    def consume(self, server_url: str, timestamp: int, salt: str) -> bool:
        # Complete claims the flow carrying this state before it signs anyone in.
        return self._strategy.flow_claim_pending

    def __getattr__(self, name: str) -> Any:
        return getattr(DjangoStorage.nonce, name)


@dataclass(frozen=True)
class _Association:
    id: str
    handle: str
    server_url: str
    issued: int
    lifetime: int
    assoc_type: str

    def is_expired(self, now: int | None = None) -> bool:
        now = int(time.time()) if now is None else now
        return self.lifetime <= 0 or now >= self.issued + self.lifetime


class _SessionAssociations:
    def __init__(self, session: dict[str, Any]) -> None:
        self._session = session

    def _stored(self) -> dict[str, dict[str, Any]]:
        stored = self._session.get(_ASSOCIATIONS)
        return stored if isinstance(stored, dict) else {}

    def store(self, server_url: str, association: Any) -> None:
        stored = self._stored()
        stored[association.handle] = {
            "server_url": server_url,
            "issued": int(association.issued),
            "lifetime": int(association.lifetime),
            "assoc_type": association.assoc_type,
        }
        self._session[_ASSOCIATIONS] = stored

    def get(self, server_url: str | None = None, handle: str | None = None) -> list[_Association]:
        found = []
        for key, entry in self._stored().items():
            if (handle is None or key == handle) and (
                server_url is None or entry.get("server_url") == server_url
            ):
                found.append(_Association(id=key, handle=key, **entry))
        return found

    def remove(self, ids_to_delete: list[str]) -> None:
        stored = self._stored()
        for key in ids_to_delete:
            stored.pop(key, None)
        self._session[_ASSOCIATIONS] = stored


class FlowStorage:
    """DjangoStorage (users, identities, partial pipelines, codes) with the state nonce and
    the OpenID Connect nonce kept in the login's flow token."""

    def __init__(self, strategy: Any, session: dict[str, Any]) -> None:
        self.nonce = _StateNonces(strategy)
        self.association = _SessionAssociations(session)

    def __getattr__(self, name: str) -> Any:
        return getattr(DjangoStorage, name)
