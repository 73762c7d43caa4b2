"""How the template's tests run uv: the command `make test` found or installed
(scripts/ensure-uv.sh, passed down as UV), else the uv on PATH. A fresh machine has uv only in
.tools/, which is not on PATH."""

from __future__ import annotations

import os
import shlex
import shutil


def uv_command() -> str:
    return os.environ.get("UV") or shutil.which("uv") or "python3 -m uv"


def uv_argv() -> list[str]:
    return shlex.split(uv_command())
