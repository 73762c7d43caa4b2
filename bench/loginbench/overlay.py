"""The benchmark-only settings the bench writes into a bake: its production settings, plus the
GitHub backend pointed at the fake provider. The template itself has nothing of the benchmark.

The overlay sets the environment a deployment would set (secrets, allowed redirect URI, GitHub
keys, high throttles), then imports config.settings.prod, then moves social-core's GitHub
backend to the fake provider's URLs (class attributes: the same way for the reference app).
"""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

MODULE = "config.settings.bench"
REDIRECT_URI = "http://127.0.0.1:5173/auth/callback"
# Throttles stay on, far above what one machine can send.
HIGH_RATE = "1000000/min"


def github_patch(provider_url: str) -> str:
    """Python lines that point social-core's GitHub backend at the fake provider."""
    return (
        "from social_core.backends.github import GithubOAuth2 as _Github\n\n"
        f'_Github.AUTHORIZATION_URL = "{provider_url}/login/oauth/authorize"\n'
        f'_Github.ACCESS_TOKEN_URL = "{provider_url}/login/oauth/access_token"\n'
        f'_Github.API_URL = "{provider_url}/"\n'
    )


def environment(database_url: str) -> dict[str, str]:
    """What the deployment's environment would hold, for a bake under benchmark."""
    return {
        "DJANGO_ENV_FILE": "",  # the bake's development .env must not apply
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "JWT_SIGNING_KEY": secrets.token_urlsafe(50),
        "PROVIDER_TOKENS_KEYS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        "DJANGO_SECURE_SSL_REDIRECT": "false",  # plain HTTP on loopback
        "DATABASE_URL": database_url,
        "SOCIAL_AUTH_GITHUB_KEY": "bench-client",
        "SOCIAL_AUTH_GITHUB_SECRET": secrets.token_urlsafe(24),
        "SOCIAL_LOGIN_REDIRECT_URIS": REDIRECT_URI,
        "SOCIAL_LOGIN_BEGIN_RATE": HIGH_RATE,
        "SOCIAL_LOGIN_COMPLETE_RATE": HIGH_RATE,
        "LOG_LEVEL": "WARNING",
    }


def render(provider_url: str, database_url: str) -> str:
    lines = ['"""Written by the login benchmark (bench/): production settings, fake GitHub."""\n']
    lines.append("import os\n")
    for name, value in environment(database_url).items():
        lines.append(f"os.environ[{name!r}] = {value!r}")
    lines.append("\nfrom .prod import *  # noqa: E402, F403\n")
    lines.append(github_patch(provider_url))
    return "\n".join(lines)


def write(backend: Path, provider_url: str, database_url: str) -> Path:
    """Writes the overlay into a bake's backend/ and returns its path."""
    path = backend / "config" / "settings" / "bench.py"
    path.write_text(render(provider_url, database_url))
    return path
