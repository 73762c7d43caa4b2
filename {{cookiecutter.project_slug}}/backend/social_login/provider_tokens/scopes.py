"""Extra scopes for one connect (incremental authorization): begin's `scopes`, allowed only
for `intent: connect` and only from the provider entry's `extra_scopes` allow-list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rest_framework.exceptions import ValidationError

from ..login.providers import Provider


def check(provider: Provider, intent: str, scopes: Sequence[str]) -> list[str]:
    """The scopes to add, or a 400 invalid_request naming the field."""
    if not scopes:
        return []
    if intent != "connect":
        raise _invalid("Extra scopes are asked for when connecting an account only.")
    refused = sorted(set(scopes) - set(provider.extra_scopes))
    if refused:
        raise _invalid(f"Not allowed for this provider: {', '.join(refused)}.")
    return list(dict.fromkeys(scopes))


def add_to(backend: Any, scopes: Sequence[str]) -> None:
    """Makes this backend instance ask for `scopes` on top of its configured ones. social-core
    reads scopes from settings only, which are the same for every login: this one asks more."""
    if not scopes:
        return
    configured = backend.get_scope

    def get_scope() -> list[str]:
        base = list(configured())
        return base + [scope for scope in scopes if scope not in base]

    backend.get_scope = get_scope


def _invalid(message: str) -> ValidationError:
    return ValidationError({"scopes": [message]})  # 400 invalid_request, with `fields`
