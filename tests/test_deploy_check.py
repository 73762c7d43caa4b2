"""`check --deploy --fail-level WARNING` is clean in every configuration the project ships: the
image's defaults, compose.yaml's service, the Kubernetes ConfigMap."""

from __future__ import annotations

import base64
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
        "PROVIDER_TOKENS_KEYS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
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


TEMPLATE = Path(__file__).resolve().parent.parent / "{{cookiecutter.project_slug}}"


def compose_env(compose_file: Path) -> dict[str, str]:
    service = yaml.safe_load(compose_file.read_text())["services"]["web"]
    return {name: str(value) for name, value in service["environment"].items()}


@pytest.fixture(scope="module")
def project(cookies_session) -> Path:
    """One PostgreSQL bake: it ships every configuration (SQLite's compose file differs only in
    DATABASE_URL, read from the template). The deploy checks do not depend on the auth mode."""
    result = cookies_session.bake(extra_context={"project_name": "Acme", "database": "postgres"})
    assert result.exception is None, result.exception
    project = Path(result.project_path)
    run([*UV, "sync", "--locked", "--quiet"], cwd=project / "backend")
    return project


@pytest.mark.parametrize(
    "compose_file", ["compose.yaml", "compose.sqlite.yaml"], ids=["postgres", "sqlite"]
)
def test_compose_passes_check_deploy(project: Path, compose_file: str) -> None:
    """compose.yaml's service environment over backend/.env, as `docker compose` does."""
    source = project if compose_file == "compose.yaml" else TEMPLATE
    env = compose_env(source / compose_file)
    assert "no issues" in check_deploy(project / "backend", env)


def test_image_defaults_pass_check_deploy(project: Path) -> None:
    backend = project / "backend"
    with without_dotenv(backend):
        assert "no issues" in check_deploy(backend, fresh_secrets())


def test_kubernetes_configmap_passes_check_deploy(project: Path) -> None:
    backend = project / "backend"
    config = yaml.safe_load((project / "deploy/kubernetes/configmap.yaml").read_text())
    with without_dotenv(backend):
        assert "no issues" in check_deploy(backend, {**config["data"], **fresh_secrets()})


def test_check_deploy_fails_on_a_cross_site_spa(project: Path) -> None:
    """What the checks above would say if a configuration drifted: core.E002 is an error."""
    env = {
        **fresh_secrets(),
        "DJANGO_SETTINGS_MODULE": "config.settings.prod",
        "DJANGO_ALLOWED_HOSTS": "api.example.com",
        "CORS_ALLOWED_ORIGINS": "https://app.example.net",
    }
    completed = subprocess.run(
        [*UV, "run", "--locked", "python", "manage.py", "check", "--deploy"],
        cwd=project / "backend",
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode != 0
    assert "core.E002" in completed.stderr
