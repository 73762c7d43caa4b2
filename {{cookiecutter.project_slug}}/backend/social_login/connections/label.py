"""A connection's human label: the email address or username the provider gave at sign-in.

social-core keeps the provider's `details` only for the length of the pipeline and copies to the
identity's `extra_data` just the provider's EXTRA_DATA fields (tokens, expiry), which differ
per provider. The `record_label` step (in login/pipeline.py's PIPELINE, after
`save_provider_tokens`) saves one label under `extra_data["label"]` for every provider alike, so
the account center can say which of the person's accounts is connected ("alice@example.com")
rather than its opaque `uid`.
"""

from __future__ import annotations

from typing import Any

from social_django.models import UserSocialAuth

LABEL_KEY = "label"


def label_from_details(details: dict[str, Any]) -> str:
    """The provider's email address, else its username, else ""."""
    for key in ("email", "username"):
        value = details.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def record_label(
    details: dict[str, Any], social: UserSocialAuth | None = None, *args: Any, **kwargs: Any
) -> None:
    """Pipeline step: refreshes the identity's label, writing only when it changed (a returning
    user with the same address costs no query)."""
    label = label_from_details(details)
    if social is None or not label or social.extra_data.get(LABEL_KEY) == label:
        return
    social.extra_data[LABEL_KEY] = label
    social.save(update_fields=["extra_data"])


def label_of(association: UserSocialAuth) -> str:
    """The saved label; "" for an identity connected before labels were recorded (until its
    next sign-in) or whose provider gave neither email nor username."""
    label = (association.extra_data or {}).get(LABEL_KEY)
    return label if isinstance(label, str) else ""
