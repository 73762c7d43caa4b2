"""A bake of the template under benchmark, and the databases of both targets."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

from . import overlay

TEMPLATE = Path(__file__).resolve().parents[2]
PROJECT_NAME = "Login Bench"
SLUG = "login_bench"


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        args,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"{' '.join(args)} failed in {cwd}:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def bake(uv: str, out: Path, database: str) -> Path:
    """Bakes the template (jwt mode) and installs its locked dependencies; returns backend/."""
    _run(
        [
            uv,
            "run",
            "--locked",
            "--project",
            str(TEMPLATE),
            "cookiecutter",
            "--no-input",
            "-f",
            "-o",
            str(out),
            str(TEMPLATE),
            f"project_name={PROJECT_NAME}",
            "auth_mode=jwt",
            f"database={database}",
        ],
        cwd=TEMPLATE,
    )
    backend = out / SLUG / "backend"
    _run([uv, "sync", "--locked", "-q"], cwd=backend)
    return backend


def python_of(backend: Path) -> str:
    return str(backend / ".venv" / "bin" / "python")


def prepare_bake(backend: Path, provider_url: str, database_url: str) -> dict[str, str]:
    """Writes the overlay, migrates; returns the environment its server runs with."""
    overlay.write(backend, provider_url, database_url)
    env = {"DJANGO_SETTINGS_MODULE": overlay.MODULE}
    _run([python_of(backend), "manage.py", "migrate", "--no-input", "-v0"], backend, env)
    return env


def prepare_reference(python: str, cwd: Path, provider_url: str, database_url: str) -> dict:
    env = {
        "DJANGO_SETTINGS_MODULE": "loginbench.refsite.settings",
        "BENCH_DATABASE_URL": database_url,
        "BENCH_PROVIDER_URL": provider_url,
        "BENCH_SECRET_KEY": os.urandom(32).hex(),
    }
    _run([python, "-m", "django", "migrate", "--no-input", "-v0"], cwd, env)
    return env


def use_wal(database_url: str) -> None:
    """SQLite's write-ahead log; the mode is kept in the database file itself."""
    path = database_url.removeprefix("sqlite:///")
    if not path.startswith("/"):
        path = "/" + path
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")


def versions(python: str, cwd: Path) -> dict[str, str]:
    """Versions of the packages that matter, in one environment."""
    names = [
        "django",
        "djangorestframework",
        "social-auth-core",
        "social-auth-app-django",
        "djangorestframework-simplejwt",
        "rest-social-auth",
        "gunicorn",
        "psycopg",
    ]
    code = (
        "import importlib.metadata as m, json, sys\n"
        "def v(n):\n"
        "    try: return m.version(n)\n"
        "    except m.PackageNotFoundError: return None\n"
        f"print(json.dumps({{n: v(n) for n in {names!r}}}))\n"
        "print(sys.version.split()[0])\n"
    )
    out = _run([python, "-c", code], cwd).splitlines()
    found = {name: version for name, version in json.loads(out[0]).items() if version}
    found["python"] = out[1]
    return found


def profile(backend: Path, env: dict[str, str], logins: int) -> str:
    """Queries, commits and cProfile's summary of a bake login (see profile_login.py)."""
    script = Path(__file__).with_name("profile_login.py")
    return _run([python_of(backend), str(script), str(logins)], backend, env)
