from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import uv
from tests.postgres import running_postgres

COMBINATIONS = [
    {"auth_mode": auth_mode, "database": database}
    for auth_mode in ("jwt", "session")
    for database in ("sqlite", "postgres")
]


def combo_id(context: dict[str, str]) -> str:
    return "-".join(context.values())


@pytest.fixture
def bake(cookies) -> Callable[..., Path]:
    def _bake(**context: str) -> Path:
        result = cookies.bake(extra_context={"project_name": "Acme Portal", **context})
        assert result.exception is None, result.exception
        assert result.exit_code == 0
        return Path(result.project_path)

    return _bake


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Runs a command in a bake and returns what it printed (stdout, then stderr); on failure
    shows that output, which is the useful part."""
    completed = subprocess.run(
        args,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, (
        f"{' '.join(args)} failed in {cwd}:\n{completed.stdout[-6000:]}\n{completed.stderr[-6000:]}"
    )
    return completed.stdout + completed.stderr


@pytest.fixture(scope="session")
def uv_command() -> str:
    """How this machine runs uv (scripts/ensure-uv.sh installs it when missing)."""
    return uv.uv_command()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with running_postgres() as url:
        yield url


@pytest.fixture(scope="session", autouse=True)
def _template_without_caches() -> None:
    """Tools run in the template leave caches behind, which a bake would copy (and fail to
    render)."""
    template = Path(__file__).resolve().parent.parent / "{{cookiecutter.project_slug}}"
    for name in ("__pycache__", ".ruff_cache", ".pytest_cache"):
        for cache in template.rglob(name):
            shutil.rmtree(cache)
    for heavy in (".venv", "node_modules", "dist", "db.sqlite3"):
        found = [
            str(path) for path in template.rglob(heavy) if "node_modules" not in path.parent.parts
        ]
        if found:
            pytest.exit(f"Remove {found} from the template: every bake would copy it.", 2)
