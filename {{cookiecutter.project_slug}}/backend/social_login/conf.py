"""Where social_login reads the providers' keys, when they are used: a setting of that name if
the project defines one (config/settings/*.py, or a test's override), else the environment
variable of that name (backend/.env included). Keys keep social-core's names
(SOCIAL_AUTH_GITHUB_KEY, ...); only the names the registry lists are looked up in the
environment, so the settings module stays plain data."""

from __future__ import annotations

from functools import cache
from typing import Any

import environ
from django.conf import settings

_env = environ.Env()


@cache
def _names_from_environment() -> frozenset[str]:
    from .login.providers import env_setting_names

    return frozenset(env_setting_names())


def provider_setting(name: str) -> Any:
    """The value of a provider setting, or None when it is not set (or empty)."""
    value = getattr(settings, name, None)
    if value is None and name in _names_from_environment():
        # multiline: a PEM key (Apple's) written on one line with \n escapes.
        value = _env.str(name, default="", multiline=True) or None
    return value
