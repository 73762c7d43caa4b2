"""The Postgres bake on a machine with PostgreSQL installed: `make db` gives DATABASE_URL a
server, compose's database matches it, and an unreachable server is reported as such."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cookiecutter.main import cookiecutter

from tests.conftest import run
from tests.ports import free_port
from tests.uv import uv_argv, uv_command

TEMPLATE = Path(__file__).resolve().parent.parent
UV = uv_argv()


@pytest.fixture
def postgres_bake() -> Iterator[Path]:
    """Baked where PostgreSQL's own user can reach it too (`make db` runs the server as that
    user when the tests run as root)."""
    parent = Path(tempfile.mkdtemp(prefix="template-pg-bake-"))
    parent.chmod(0o755)
    project = Path(
        cookiecutter(
            str(TEMPLATE),
            no_input=True,
            output_dir=str(parent),
            extra_context={"project_name": "Acme Portal", "database": "postgres"},
        )
    )
    try:
        yield project
    finally:
        subprocess.run(["make", "db-stop", f"UV={uv_command()}"], cwd=project, check=False)
        shutil.rmtree(parent, ignore_errors=True)


def test_compose_database_uses_the_baked_credentials_and_publishes_its_port(bake) -> None:
    project = bake(database="postgres")
    env = (project / "backend" / ".env").read_text()
    assert "DATABASE_URL=postgres://acme_portal:acme_portal@127.0.0.1:5432/acme_portal" in env
    compose = (project / "compose.yaml").read_text()
    for line in (
        "POSTGRES_USER: acme_portal",
        "POSTGRES_PASSWORD: acme_portal",
        "POSTGRES_DB: acme_portal",
        '- "127.0.0.1:5432:5432"',
        "DATABASE_URL: postgres://acme_portal:acme_portal@db:5432/acme_portal",
    ):
        assert line in compose
    assert "app:app" not in compose


def test_sqlite_bake_has_no_make_db(bake) -> None:
    project = bake(database="sqlite")
    assert not (project / "backend" / "scripts" / "local_postgres.py").exists()
    assert "db:" not in (project / "Makefile").read_text()


@pytest.mark.deep
def test_unreachable_database_fails_with_the_connection_error(bake) -> None:
    backend = bake(database="postgres") / "backend"
    run([*UV, "sync", "--locked", "--quiet"], cwd=backend)
    closed = f"postgres://acme_portal:acme_portal@127.0.0.1:{free_port()}/acme_portal"
    completed = subprocess.run(
        [*UV, "run", "--locked", "pytest", "-q", "-x", "-p", "no:cacheprovider", "tests/core"],
        cwd=backend,
        env={**os.environ, "DATABASE_URL": closed},
        capture_output=True,
        text=True,
        check=False,
    )
    output = completed.stdout + completed.stderr
    assert completed.returncode != 0
    assert "Connection refused" in output
    assert "RuntimeWarning" not in output


@pytest.mark.deep
def test_make_db_serves_the_baked_database_url(postgres_bake: Path) -> None:
    backend = postgres_bake / "backend"
    env_file = backend / ".env"
    port = free_port()
    env_file.write_text(re.sub(r"@127\.0\.0\.1:5432/", f"@127.0.0.1:{port}/", env_file.read_text()))
    make_uv = f"UV={uv_command()}"
    started = run(["make", "db", make_uv], cwd=postgres_bake)
    assert f"PostgreSQL runs at 127.0.0.1:{port}" in started
    again = run(["make", "db", make_uv], cwd=postgres_bake)
    assert "nothing to do" in again
    # The role may create the test database: the suite runs against this server.
    run([*UV, "run", "--locked", "python", "manage.py", "migrate", "--no-input"], cwd=backend)
    output = run(
        [*UV, "run", "--locked", "pytest", "-q", "-p", "no:cacheprovider", "-m", "postgres"],
        cwd=backend,
    )
    assert " passed" in output
    assert "Stopped the PostgreSQL" in run(["make", "db-stop", make_uv], cwd=postgres_bake)
