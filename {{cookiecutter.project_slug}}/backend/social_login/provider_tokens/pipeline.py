"""The sign-in pipeline step that keeps the provider's tokens, in place of social-core's
`load_extra_data` (which stores them in clear)."""

from __future__ import annotations

from typing import Any

from .storage import save


def granted_scope(backend: Any, response: dict[str, Any]) -> str | None:
    """The scopes the provider says it granted, else those this sign-in asked for."""
    scope = response.get("scope")
    if isinstance(scope, str):
        return scope
    get_scope = getattr(backend, "get_scope", None)
    asked = get_scope() if callable(get_scope) else None
    return " ".join(asked) if asked else None


def save_provider_tokens(
    backend: Any,
    details: dict[str, Any],
    response: dict[str, Any],
    uid: str,
    user: Any = None,
    *args: Any,
    **kwargs: Any,
) -> None:
    social = kwargs.get("social") or backend.strategy.storage.user.get_social_auth(
        backend.name, uid
    )
    if social is None:
        return
    extra_data = backend.extra_data(user, uid, response, details, kwargs)
    extra_data["scope"] = granted_scope(backend, response)
    save(social, extra_data)
