"""Deep bakes: install the locked dependencies and run the project's own checks and tests."""

from __future__ import annotations

import base64
import os
import secrets
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run
from tests.uv import uv_argv

pytestmark = pytest.mark.deep

# As the bake's `make test-backend` runs its suite: on every core, each with its own database.
PYTEST = ["-q", "-p", "no:cacheprovider", "--numprocesses", "auto"]

UV = uv_argv()


def sync(backend: Path) -> None:
    # --locked: the committed uv.lock must match the baked pyproject.toml as it is.
    run([*UV, "sync", "--locked", "--quiet"], cwd=backend)


def manage(backend: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return run([*UV, "run", "--locked", "python", "manage.py", *args], cwd=backend, env=env)


# Settings a developer may well put in backend/.env: the suite must run on its defaults anyway.
DEVELOPER_ENV = (
    "SOCIAL_LOGIN_ALLOWED_EMAIL_DOMAINS=example.org\n"
    "SOCIAL_LOGIN_ASSOCIATE_BY_VERIFIED_EMAIL=true\n"
    "SOCIAL_LOGIN_REDIRECT_URIS=https://app.example.org/auth/callback\n"
)


def as_a_developer_left_it(project: Path) -> None:
    """A built SPA (`make build`, or `make test`'s own build) and a customised backend/.env:
    neither may change what the backend tests find."""
    dist = project / "frontend" / "dist"
    dist.mkdir()
    (dist / "index.html").write_text("<!doctype html><title>built</title>")
    (dist / "callback.html").write_text("<!doctype html><title>built callback</title>")
    with (project / "backend" / ".env").open("a") as env_file:
        env_file.write(DEVELOPER_ENV)


@pytest.mark.parametrize("auth_mode", ["jwt", "session"])
def test_sqlite_bake_checks_and_tests_pass(bake, auth_mode: str) -> None:
    project = bake(auth_mode=auth_mode)
    backend = project / "backend"
    as_a_developer_left_it(project)
    sync(backend)
    manage(backend, "check", "--fail-level", "WARNING")
    manage(backend, "makemigrations", "--check", "--dry-run")
    output = run([*UV, "run", "--locked", "pytest", *PYTEST], cwd=backend)
    assert " passed" in output
    assert " failed" not in output


def test_postgres_bake_tests_pass_on_a_real_server(bake, postgres_url: str) -> None:
    backend = bake(database="postgres") / "backend"
    sync(backend)
    env = {"DATABASE_URL": postgres_url}
    manage(backend, "check", "--database", "default", "--fail-level", "WARNING", env=env)
    manage(backend, "migrate", "--no-input", env=env)
    output = run([*UV, "run", "--locked", "pytest", *PYTEST], cwd=backend, env=env)
    assert " passed" in output
    assert " failed" not in output


def test_prod_settings_refuse_placeholder_secrets(bake) -> None:
    backend = bake() / "backend"
    sync(backend)
    completed = subprocess.run(
        [*UV, "run", "--locked", "python", "manage.py", "check"],
        cwd=backend,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.prod",
            "DJANGO_SECRET_KEY": "change-me-to-a-long-random-string",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in completed.stderr


@pytest.mark.parametrize("auth_mode", ["jwt", "session"])
def test_prod_settings_start_with_the_baked_secrets(bake, auth_mode: str) -> None:
    """A session bake has no JWT_SIGNING_KEY in its .env, and needs none."""
    backend = bake(auth_mode=auth_mode) / "backend"
    sync(backend)
    output = manage(
        backend,
        "check",
        "--deploy",
        env={"DJANGO_SETTINGS_MODULE": "config.settings.prod", "DJANGO_DEBUG": "false"},
    )
    assert "no issues" in output


def test_production_install_runs_without_dev_tools(bake, tmp_path: Path) -> None:
    """What the Dockerfile does: a --no-dev install, dev-only code removed, prod settings."""
    backend = bake(database="postgres") / "backend"
    env = {"UV_PROJECT_ENVIRONMENT": str(tmp_path / "venv")}
    run([*UV, "sync", "--locked", "--no-dev", "--quiet"], cwd=backend, env=env)
    for dev_only in ("devidp", "tests", ".env", "config/settings/devidp.py"):
        target = backend / dev_only
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    python = str(tmp_path / "venv" / "bin" / "python")
    prod = {
        **env,
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "JWT_SIGNING_KEY": secrets.token_urlsafe(50),
        "PROVIDER_TOKENS_KEYS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
    }
    probe = (
        "import importlib.util as u; print(u.find_spec('oauth2_provider'), u.find_spec('psycopg'))"
    )
    found = run([python, "-c", probe], cwd=backend, env=prod)
    assert found.startswith("None ModuleSpec")  # no dev provider library; the Postgres driver
    run([python, "manage.py", "collectstatic", "--no-input"], cwd=backend, env=prod)
    assert (backend / "staticfiles" / "staticfiles.json").exists()
    output = run([python, "manage.py", "check", "--deploy"], cwd=backend, env=prod)
    assert "no issues" in output
