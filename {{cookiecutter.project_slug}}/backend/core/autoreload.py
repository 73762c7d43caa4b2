"""`runserver` restarts when backend/.env changes, as it does when code changes: settings are
read once, when the process starts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.autoreload import BaseReloader


def watch_env_file(sender: BaseReloader, **kwargs: Any) -> None:
    env_file = getattr(settings, "ENV_FILE", "")
    if env_file:
        path = Path(env_file).resolve()
        sender.watch_dir(path.parent, path.name)
