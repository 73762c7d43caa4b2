"""The settings overlay the benchmark writes into a bake: production settings, the environment a
deployment sets, and social-core's GitHub backend moved to the fake provider."""

from __future__ import annotations

import ast
from pathlib import Path

from bench.loginbench import overlay

PROVIDER = "http://127.0.0.1:9999"


def test_overlay_is_python_importing_prod_after_setting_the_environment(tmp_path: Path) -> None:
    (tmp_path / "config" / "settings").mkdir(parents=True)
    path = overlay.write(tmp_path, PROVIDER, "sqlite:////tmp/x.sqlite3")
    assert path == tmp_path / "config" / "settings" / "bench.py"
    text = path.read_text()
    ast.parse(text)
    assert text.index("os.environ['DJANGO_SECRET_KEY']") < text.index("from .prod import *")
    assert "os.environ['DATABASE_URL'] = 'sqlite:////tmp/x.sqlite3'" in text
    assert f'_Github.ACCESS_TOKEN_URL = "{PROVIDER}/login/oauth/access_token"' in text
    assert f'_Github.API_URL = "{PROVIDER}/"' in text


def test_environment_is_production_like_with_high_throttles() -> None:
    env = overlay.environment("postgres://db/x")
    assert env["DJANGO_ENV_FILE"] == ""  # the bake's development .env stays out
    assert env["DJANGO_SECRET_KEY"] != env["JWT_SIGNING_KEY"]
    assert len(env["DJANGO_SECRET_KEY"]) >= 50
    assert env["SOCIAL_LOGIN_BEGIN_RATE"] == env["SOCIAL_LOGIN_COMPLETE_RATE"] == "1000000/min"
    assert env["SOCIAL_LOGIN_REDIRECT_URIS"] == overlay.REDIRECT_URI
    assert "DJANGO_DEBUG" not in env  # production's DEBUG off stays


def test_each_overlay_gets_its_own_secrets() -> None:
    first, second = overlay.environment("x"), overlay.environment("x")
    assert first["DJANGO_SECRET_KEY"] != second["DJANGO_SECRET_KEY"]
