"""`check --deploy --fail-level WARNING` is clean in every configuration the project ships: the
image's defaults, compose.yaml's service, the Kubernetes ConfigMap."""

from __future__ import annotations

import os
import secrets
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

from tests.conftest import run
from tests.uv import uv_argv

pytestmark = pytest.mark.deep

UV = uv_argv()


def fresh_secrets() -> dict[str, str]:
    return {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "JWT_SIGNING_KEY": secrets.token_urlsafe(50),
    }


@contextmanager
def without_dotenv(backend: Path) -> Iterator[None]:
    """The image and the cluster have no backend/.env (.dockerignore leaves it out)."""
    dotenv = backend / ".env"
    aside = backend / ".env.aside"
    dotenv.rename(aside)
    try:
        yield
    finally:
        aside.rename(dotenv)


def check_deploy(backend: Path, env: dict[str, str]) -> str:
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.prod", **env}
    args = [*UV, "run", "--locked", "python", "manage.py", "check", "--deploy"]
    return run([*args, "--fail-level", "WARNING"], cwd=backend, env=env)


def compose_env(project: Path) -> dict[str, str]:
    service = yaml.safe_load((project / "compose.yaml").read_text())["services"]["web"]
    return {name: str(value) for name, value in service["environment"].items()}


@pytest.mark.parametrize(("auth_mode", "database"), [("jwt", "postgres"), ("session", "sqlite")])
def test_every_shipped_configuration_passes_check_deploy(bake, auth_mode, database) -> None:
    project = bake(auth_mode=auth_mode, database=database)
    backend = project / "backend"
    run([*UV, "sync", "--locked", "--quiet"], cwd=backend)

    # compose.yaml: its environment over backend/.env, as `docker compose` does.
    assert "no issues" in check_deploy(backend, compose_env(project))
    with without_dotenv(backend):
        # The image as built, with its secrets and nothing else.
        assert "no issues" in check_deploy(backend, fresh_secrets())
        if database == "postgres":
            config = yaml.safe_load((project / "deploy/kubernetes/configmap.yaml").read_text())
            env = {**config["data"], **fresh_secrets()}
            assert "no issues" in check_deploy(backend, env)


def test_check_deploy_fails_on_a_cross_site_spa(bake) -> None:
    """What the loop above would say if a configuration drifted: core.E002 is an error."""
    backend = bake() / "backend"
    run([*UV, "sync", "--locked", "--quiet"], cwd=backend)
    env = {
        **fresh_secrets(),
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_ALLOWED_HOSTS": "api.example.com",
        "CORS_ALLOWED_ORIGINS": "https://app.example.net",
    }
    completed = subprocess.run(
        [*UV, "run", "--locked", "python", "manage.py", "check", "--deploy"],
        cwd=backend,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode != 0
    assert "core.E002" in completed.stderr
