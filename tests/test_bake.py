"""Every combination of options bakes into a clean, lint-free project."""

from __future__ import annotations

import base64
import json
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import COMBINATIONS, combo_id, run

# A leftover cookiecutter variable or template tag, in any baked file.
LEFTOVER = re.compile(r"\{\{-?\s*cookiecutter\.|\{%-?\s*(if|for|raw|endif|endfor|endraw|set)\b")
# The baked project's own Django templates legitimately use {% %} tags.
DJANGO_TEMPLATE_DIR = "/templates/"
TEMPLATE = Path(__file__).resolve().parent.parent


def baked_text_files(root: Path):
    for path in root.rglob("*"):
        if path.is_file() and "node_modules" not in path.parts and ".venv" not in path.parts:
            try:
                yield path, path.read_text()
            except UnicodeDecodeError:
                continue


@pytest.mark.parametrize("context", COMBINATIONS, ids=combo_id)
def test_bake_has_no_template_leftovers(bake, context) -> None:
    project = bake(**context)
    leftovers = [
        str(path.relative_to(project))
        for path, text in baked_text_files(project)
        if DJANGO_TEMPLATE_DIR not in str(path) and LEFTOVER.search(text)
    ]
    assert leftovers == []


def test_leftover_detector_catches_a_tag() -> None:
    assert LEFTOVER.search("name = {{ cookiecutter.project_slug }}")
    assert LEFTOVER.search("{% if cookiecutter.auth_mode == 'jwt' %}")
    assert not LEFTOVER.search("const style = {{ color: 'red' }}")


@pytest.mark.parametrize("context", COMBINATIONS, ids=combo_id)
def test_bake_passes_ruff(bake, context) -> None:
    backend = bake(**context) / "backend"
    ruff = [sys.executable, "-m", "ruff"]
    run([*ruff, "check", "--no-cache", "."], cwd=backend)
    run([*ruff, "format", "--check", "--no-cache", "."], cwd=backend)


def test_ruff_fails_on_a_lint_error_in_a_bake(bake) -> None:
    backend = bake() / "backend"
    (backend / "core" / "broken.py").write_text("import os\n")
    completed = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=backend,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode != 0
    assert "F401" in completed.stdout


@pytest.mark.parametrize("context", COMBINATIONS, ids=combo_id)
def test_bake_writes_its_options_into_plain_config(bake, context) -> None:
    backend = bake(**context) / "backend"
    settings = (backend / "config" / "settings" / "base.py").read_text()
    assert f"from .auth_{context['auth_mode']} import " in settings
    assert 'PROJECT_NAME = "Acme Portal"' in settings
    pyproject = (backend / "pyproject.toml").read_text()
    env = (backend / ".env").read_text()
    if context["database"] == "postgres":
        assert 'default-groups = ["dev", "postgres"]' in pyproject
        assert "DATABASE_URL=postgres://acme_portal:" in env
    else:
        assert 'default-groups = ["dev"]' in pyproject
        assert "DATABASE_URL=sqlite:///db.sqlite3" in env


def env_values(path: Path) -> dict[str, str]:
    pairs = (
        line.split("=", 1)
        for line in path.read_text().splitlines()
        if line and not line.startswith("#")
    )
    return dict(pairs)


def test_bake_writes_fresh_distinct_secrets(bake) -> None:
    first = env_values(bake() / "backend" / ".env")
    second = env_values(bake() / "backend" / ".env")
    for name in ("DJANGO_SECRET_KEY", "JWT_SIGNING_KEY"):
        assert len(first[name]) >= 50
        assert not first[name].startswith("change-me")
        assert first[name] != second[name]
    assert first["DJANGO_SECRET_KEY"] != first["JWT_SIGNING_KEY"]
    # A Fernet key: 32 random bytes, url-safe base64.
    key = base64.urlsafe_b64decode(first["PROVIDER_TOKENS_KEYS"])
    assert len(key) == 32
    assert first["PROVIDER_TOKENS_KEYS"] != second["PROVIDER_TOKENS_KEYS"]


def test_generated_env_is_readable_by_its_owner_only(bake) -> None:
    env = bake() / "backend" / ".env"
    assert stat.S_IMODE(env.stat().st_mode) == 0o600


def test_production_server_logs_paths_without_query_strings(bake) -> None:
    project = bake()
    command = (project / "Dockerfile").read_text().rsplit("CMD", 1)[1]
    assert "gunicorn config.wsgi -c gunicorn.conf.py" in command
    assert "--access-logformat" not in command
    conf = (project / "backend" / "gunicorn.conf.py").read_text()
    assert "%(U)s" in conf  # the path; the request line %(r)s would carry ?code=...&state=...
    assert "%(r)s" not in conf.split('"""')[-1]
    assert "%(q)s" not in conf


def test_env_example_keeps_placeholders_and_env_is_gitignored(bake) -> None:
    project = bake()
    example = env_values(project / "backend" / ".env.example")
    assert example["DJANGO_SECRET_KEY"].startswith("change-me")
    assert example["JWT_SIGNING_KEY"].startswith("change-me")
    assert example["PROVIDER_TOKENS_KEYS"].startswith("change-me")
    ignored = (project / ".gitignore").read_text().splitlines()
    assert ".env" in ignored


def test_project_name_with_quotes_bakes_valid_python(bake) -> None:
    backend = bake(project_name='Bob\'s "Best" App', project_slug="bobs_app") / "backend"
    settings = (backend / "config" / "settings" / "base.py").read_text()
    namespace: dict[str, object] = {}
    line = next(line for line in settings.splitlines() if line.startswith("PROJECT_NAME"))
    exec(line, namespace)
    assert namespace["PROJECT_NAME"] == 'Bob\'s "Best" App'


@pytest.mark.parametrize("database", ["sqlite", "postgres"])
def test_bake_keeps_one_compose_file_and_workflow_for_its_database(bake, database) -> None:
    project = bake(database=database)
    assert not (project / "compose.sqlite.yaml").exists()
    assert not (project / ".github" / "workflows" / "ci.sqlite.yml").exists()
    compose = (project / "compose.yaml").read_text()
    workflow = (project / ".github" / "workflows" / "ci.yml").read_text()
    assert ("postgres:17" in compose) == (database == "postgres")
    assert ("postgres:17" in workflow) == (database == "postgres")
    assert "group: ${{ github.workflow }}-${{ github.ref }}" in workflow  # left unrendered
    assert "REDIS_URL: redis://redis:6379/0" in compose


def test_env_says_what_it_is_not_to_copy_itself(bake) -> None:
    env = (bake() / "backend" / ".env").read_text()
    assert not env.startswith("# Copy to .env")
    assert "Copy to .env" not in env
    assert env.startswith("# Written with fresh secrets when the project was generated")


def test_session_bake_neither_writes_nor_lists_a_jwt_signing_key(bake) -> None:
    backend = bake(auth_mode="session") / "backend"
    assert "JWT_SIGNING_KEY" not in (backend / ".env").read_text()
    assert "JWT_SIGNING_KEY" not in (backend / ".env.example").read_text()


TEXT_QUESTIONS = {"project_name", "project_slug", "description"}


def test_every_question_asked_is_used_in_the_bake(bake) -> None:
    """A question whose answer goes nowhere should not be asked."""
    questions = json.loads((TEMPLATE / "cookiecutter.json").read_text())
    asked = {key for key in questions if not key.startswith("_")}
    assert asked == TEXT_QUESTIONS | {"auth_mode", "database"}
    answers = {
        "project_name": "Zebra Crossing Portal",
        "project_slug": "zebra_portal_slug",
        "description": "Herds zebras across roads, one stripe at a time.",
    }
    project = bake(**answers)
    assert project.name == answers["project_slug"]
    readme = (project / "README.md").read_text()
    assert readme.startswith(f"# {answers['project_name']}\n")
    assert answers["description"] in readme


def test_readme_names_the_dev_login_button_as_the_app_labels_it(bake) -> None:
    project = bake()
    screen = (project / "frontend" / "src" / "screens" / "SignInScreen.tsx").read_text()
    assert "label={(provider) => `Continue with ${provider.name}`}" in screen
    readme = (project / "README.md").read_text()
    assert "**Continue with Dev login**" in readme
    assert "Click **Dev login**" not in readme
