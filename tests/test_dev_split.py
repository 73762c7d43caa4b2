"""`make dev SPLIT=1`: the SPA and the API on two host names of one site."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run

# Stands in for uv: logs what honcho would be started with.
FAKE_UV = """#!/bin/sh
{
  echo "uv $*"
  for name in APP_HOST VITE_API_URL DJANGO_ALLOWED_HOSTS CORS_ALLOWED_ORIGINS \\
      DEVIDP_REDIRECT_URIS SOCIAL_LOGIN_REDIRECT_URIS; do
    eval "echo \\"  $name=\\${$name:-}\\""
  done
} >> "$UV_LOG"
"""


def make_dev(project: Path, tmp_path: Path, *args: str) -> str:
    fake_uv = tmp_path / "uv"
    fake_uv.write_text(FAKE_UV)
    fake_uv.chmod(0o755)
    log = tmp_path / "uv.log"
    (project / "frontend" / "node_modules").mkdir(exist_ok=True)
    (project / "frontend" / "node_modules" / ".package-lock.json").write_text("{}")
    run(["make", "dev", f"UV={fake_uv}", *args], cwd=project, env={"UV_LOG": str(log)})
    return log.read_text().split("uv run --project backend honcho")[1]


def test_make_dev_split_points_spa_and_api_at_each_other(bake, tmp_path: Path) -> None:
    honcho = make_dev(bake(), tmp_path, "SPLIT=1", "API_PORT=8010", "VITE_PORT=5180")
    app = "http://app.dev.localhost:5180"
    assert "  APP_HOST=app.dev.localhost\n" in honcho
    assert "  VITE_API_URL=http://api.dev.localhost:8010\n" in honcho
    assert "  DJANGO_ALLOWED_HOSTS=api.dev.localhost,127.0.0.1,localhost\n" in honcho
    assert f"  CORS_ALLOWED_ORIGINS={app}\n" in honcho
    assert f"  DEVIDP_REDIRECT_URIS={app}/auth/callback\n" in honcho
    assert f"  SOCIAL_LOGIN_REDIRECT_URIS={app}/auth/callback\n" in honcho


def test_make_dev_split_site_is_a_choice(bake, tmp_path: Path) -> None:
    honcho = make_dev(bake(), tmp_path, "SPLIT=1", "SPLIT_SITE=example.test")
    assert "  APP_HOST=app.example.test\n" in honcho
    assert "  VITE_API_URL=http://api.example.test:8000\n" in honcho


def test_make_dev_without_split_keeps_one_origin(bake, tmp_path: Path) -> None:
    honcho = make_dev(bake(), tmp_path)
    assert "  APP_HOST=\n" in honcho
    assert "  VITE_API_URL=\n" in honcho
    assert "  CORS_ALLOWED_ORIGINS=\n" in honcho
