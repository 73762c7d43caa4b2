"""The post-gen hook's file edits, one function at a time, on a copy of the template.

The hook is a Jinja template itself: its one block of answers is replaced here with answers of
the test's own (hooks/post_gen_project.py keeps all template code in that block)."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path
from types import ModuleType

import pytest

TEMPLATE_ROOT = Path(__file__).resolve().parent.parent
HOOK = TEMPLATE_ROOT / "hooks" / "post_gen_project.py"
PROJECT = TEMPLATE_ROOT / "{{cookiecutter.project_slug}}"
ANSWERS_BLOCK = re.compile(r"r'''\{.*?\}'''", re.DOTALL)
DEFAULTS = {
    "project_name": "Acme Portal",
    "project_slug": "acme_portal",
    "auth_mode": "jwt",
    "database": "sqlite",
}


def load_hook(root: Path, **answers: str) -> ModuleType:
    """The hook as cookiecutter would run it in `root` with these answers, without main()."""
    values = json.dumps({**DEFAULTS, **answers})
    source, found = ANSWERS_BLOCK.subn(lambda _: f"r'''{values}'''", HOOK.read_text(), count=1)
    assert found == 1, "the hook's answers block moved"
    module = ModuleType("post_gen_project")
    previous = Path.cwd()
    os.chdir(root)
    try:
        exec(compile(source, str(HOOK), "exec"), module.__dict__)
    finally:
        os.chdir(previous)
    return module


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An unrendered copy of the template's project: the files the hook edits are plain."""
    copy = tmp_path / "project"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    return copy


def test_the_hook_has_no_template_code_outside_its_answers_block() -> None:
    outside = ANSWERS_BLOCK.sub("", HOOK.read_text(), count=1)
    assert "{{" not in outside
    assert "{%" not in outside


def test_the_answers_block_takes_quotes_and_backslashes(project: Path) -> None:
    name = 'Tom\'s "Q\\A" Portal'
    hook = load_hook(project, project_name=name)
    assert name == hook.PROJECT_NAME


@pytest.mark.parametrize("auth_mode", ["jwt", "session"])
def test_use_auth_mode_points_the_imports_at_the_chosen_mode(project: Path, auth_mode) -> None:
    load_hook(project, auth_mode=auth_mode).use_auth_mode()
    base = (project / "backend/config/settings/base.py").read_text()
    chosen = (project / "backend/social_login/credentials/chosen.py").read_text()
    other = "session" if auth_mode == "jwt" else "jwt"
    assert base.count(f"from .auth_{auth_mode} import ") == 2
    assert f"auth_{other} import" not in base
    assert f"from .{auth_mode}.interface import " in chosen
    spa_chosen = (project / "frontend/src/auth/mode/chosen.ts").read_text()
    assert spa_chosen.count(f'from "./{auth_mode}/') == 2
    assert f'"./{other}/' not in spa_chosen
    # The browser tests (e2e/) read the mode from here; the SPA's sources do not.
    assert f"VITE_AUTH_MODE={auth_mode}\n" in (project / "frontend/.env").read_text()


def test_replace_once_stops_the_bake_when_the_template_drifted(project: Path) -> None:
    hook = load_hook(project)
    settings = project / "backend/config/settings/base.py"
    settings.write_text(settings.read_text().replace("from .auth_jwt import ", "from .x import "))
    with pytest.raises(SystemExit, match=re.escape("expected 2 x 'from .auth_jwt import '")):
        hook.use_auth_mode()


@pytest.mark.parametrize(("auth_mode", "other"), [("jwt", "session"), ("session", "jwt")])
def test_prune_removes_the_other_modes_files(project: Path, auth_mode, other) -> None:
    load_hook(project, auth_mode=auth_mode).prune()
    backend = project / "backend"
    assert (backend / f"config/settings/auth_{auth_mode}.py").is_file()
    assert not (backend / f"config/settings/auth_{other}.py").exists()
    assert (backend / f"social_login/credentials/{auth_mode}").is_dir()
    assert not (backend / f"social_login/credentials/{other}").exists()
    assert not (backend / f"tests/social_login/credentials/{other}").exists()
    frontend = project / "frontend"
    assert (frontend / f"src/auth/mode/{auth_mode}").is_dir()
    assert (frontend / f"tests/auth/mode/{auth_mode}").is_dir()
    assert not (frontend / f"src/auth/mode/{other}").exists()
    assert not (frontend / f"tests/auth/mode/{other}").exists()


def test_prune_keeps_one_compose_file_per_database(project: Path) -> None:
    sqlite_compose = (project / "compose.sqlite.yaml").read_text()
    load_hook(project, database="sqlite").prune()
    assert (project / "compose.yaml").read_text() == sqlite_compose
    assert not (project / "compose.sqlite.yaml").exists()
    assert not (project / "deploy/kubernetes").exists()


def test_write_env_gives_a_session_bake_no_jwt_setting(project: Path) -> None:
    load_hook(project, auth_mode="session").write_env()
    for name in (".env", ".env.example"):
        text = (project / "backend" / name).read_text()
        assert "JWT" not in text
        assert "SOCIAL_LOGIN_REFRESH_RATE" not in text
        assert "SESSION_COOKIE_AGE" in text


def test_write_env_writes_fresh_secrets_for_the_owner_only(project: Path) -> None:
    load_hook(project, database="postgres").write_env()
    env = project / "backend" / ".env"
    text = env.read_text()
    assert "change-me" not in text
    assert "DATABASE_URL=postgres://acme_portal:acme_portal@127.0.0.1:5432/acme_portal" in text
    assert stat.S_IMODE(env.stat().st_mode) == 0o600


def test_write_project_name_escapes_it_for_python_and_html(project: Path) -> None:
    load_hook(project, project_name='<Acme> "Portal"').write_project_name()
    base = (project / "backend/config/settings/base.py").read_text()
    assert 'PROJECT_NAME = "<Acme> \\"Portal\\""' in base
    index = (project / "frontend/index.html").read_text()
    assert "<title>&lt;Acme&gt; &quot;Portal&quot;</title>" in index
