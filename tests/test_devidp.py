"""The dev provider and `make dev` in a bake."""

from __future__ import annotations

import os
import subprocess

from tests.conftest import run


def test_devidp_templates_keep_their_django_tags(bake) -> None:
    backend = bake() / "backend"
    login = (backend / "devidp" / "templates" / "devidp" / "login.html").read_text()
    assert "{% csrf_token %}" in login
    assert "{{ user.password }}" in login
    consent = backend / "devidp" / "templates" / "oauth2_provider" / "authorize.html"
    assert "{% for scope in scopes_descriptions %}" in consent.read_text()


def test_devidp_signing_keys_stay_out_of_git(bake) -> None:
    project = bake()
    assert "backend/devidp/keys/" in (project / ".gitignore").read_text().splitlines()
    assert not (project / "backend" / "devidp" / "keys").exists()


FAKE_UV = """#!/bin/sh
# Records each call with the environment make gave it, instead of running uv.
{
  echo "uv $*"
  echo "  DJANGO_SETTINGS_MODULE=$DJANGO_SETTINGS_MODULE"
  echo "  DEV_PROVIDER_URL=$DEV_PROVIDER_URL"
  echo "  SOCIAL_LOGIN_REDIRECT_URIS=$SOCIAL_LOGIN_REDIRECT_URIS"
  echo "  PORTS=$API_PORT,$DEVIDP_PORT,$VITE_PORT"
} >> "$UV_LOG"
"""


def test_make_dev_prepares_both_databases_then_starts_honcho_on_the_chosen_ports(
    bake, tmp_path
) -> None:
    project = bake()
    fake_uv = tmp_path / "uv"
    fake_uv.write_text(FAKE_UV)
    fake_uv.chmod(0o755)
    log = tmp_path / "uv.log"
    # The SPA's dependencies count as installed: no npm here.
    (project / "frontend" / "node_modules").mkdir()
    (project / "frontend" / "node_modules" / ".package-lock.json").write_text("{}")
    run(
        ["make", "dev", f"UV={fake_uv}", "API_PORT=8010", "DEVIDP_PORT=8011", "VITE_PORT=5180"],
        cwd=project,
        env={"UV_LOG": str(log)},
    )
    calls = log.read_text().split("uv ")[1:]
    assert [call.splitlines()[0] for call in calls] == [
        "sync --locked",
        "run python manage.py migrate --no-input",
        "run python manage.py migrate --no-input --verbosity 0",
        "run python manage.py devidp_seed",
        "run --project backend honcho --procfile Procfile.dev start",
    ]
    assert "DJANGO_SETTINGS_MODULE=config.settings.devidp" in calls[2]
    assert "DJANGO_SETTINGS_MODULE=config.settings.devidp" in calls[3]
    honcho = calls[4]
    # The dev settings derive these from the ports unless backend/.env sets them: make leaves
    # them alone (the bake's tests/config/settings/test_dev.py checks the derivation).
    assert "DEV_PROVIDER_URL=\n" in honcho
    assert "SOCIAL_LOGIN_REDIRECT_URIS=\n" in honcho
    assert "PORTS=8010,8011,5180" in honcho


def test_procfile_runs_the_three_servers_on_the_make_ports(bake) -> None:
    procfile = (bake() / "Procfile.dev").read_text()
    processes = dict(
        line.split(": ", 1) for line in procfile.splitlines() if line and line[0] != "#"
    )
    assert set(processes) == {"api", "devidp", "vite"}
    assert 'runserver "127.0.0.1:${API_PORT:-8000}"' in processes["api"]
    assert "DJANGO_SETTINGS_MODULE=config.settings.devidp" in processes["devidp"]
    assert 'runserver "127.0.0.1:${DEVIDP_PORT:-8001}"' in processes["devidp"]
    assert processes["vite"] == "cd frontend && exec npm run dev"


def test_make_finds_uv_as_a_python_module_when_it_is_not_on_path(bake) -> None:
    project = bake()
    # `uv run` exports UV (its own path), which make would rightly prefer: drop it here.
    env = {name: value for name, value in os.environ.items() if name != "UV"}
    completed = subprocess.run(
        ["make", "-n", "install"],
        cwd=project,
        env={**env, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "cd backend && python3 -m uv sync --locked" in completed.stdout
