"""backend/.env.example lists every environment variable the settings read: those of
config/settings/*.py, found in their source, and the provider keys social_login/conf.py reads
for the providers' registry."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from django.conf import settings

from social_login.login.providers import env_setting_names

SETTINGS_DIR = Path(settings.BASE_DIR) / "config" / "settings"
ENV_EXAMPLE = Path(settings.BASE_DIR) / ".env.example"
# django-environ's readers (env.str, env.bool, env.db, ...), called on an environ.Env.
ENV_READERS = {"str", "bool", "int", "float", "list", "tuple", "dict", "json", "url", "path"}
ENV_READERS |= {"db", "db_url", "cache", "cache_url", "email", "email_url", "search_url"}


def _name_read(node: ast.AST) -> str | None:
    """The variable a node reads: env.<reader>("NAME"), os.environ.get("NAME"),
    os.getenv("NAME"), os.environ["NAME"]."""
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        func = node.func
        is_env = (
            isinstance(func, ast.Attribute)
            and func.attr in ENV_READERS
            and ast.unparse(func.value).endswith("env")
        )
        if is_env or ast.unparse(func) in ("os.environ.get", "os.getenv"):
            return str(node.args[0].value)
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.ctx, ast.Load)
        and ast.unparse(node.value) == "os.environ"
        and isinstance(node.slice, ast.Constant)
    ):
        return str(node.slice.value)
    return None


def names_read_by(source: str) -> set[str]:
    return {name for node in ast.walk(ast.parse(source)) if (name := _name_read(node))}


def names_read_by_settings() -> set[str]:
    names = {name for path in SETTINGS_DIR.glob("*.py") for name in names_read_by(path.read_text())}
    return names | set(env_setting_names())


def names_listed() -> set[str]:
    """NAME=... lines, set or commented out."""
    return set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", ENV_EXAMPLE.read_text(), re.MULTILINE))


def test_the_reader_finds_each_kind_of_read() -> None:
    source = (
        'env.str("A", default="")\n_env.int("B")\nenv.db("C")\nos.environ.get("D")\n'
        'os.environ["E"]\nos.environ["F"] = "x"\nos.environ.setdefault("G", "x")\n'
    )
    assert names_read_by(source) == {"A", "B", "C", "D", "E"}


def test_the_settings_read_what_the_reader_should_see() -> None:
    # A reader that finds nothing would pass the test below: it sees known reads.
    read = names_read_by_settings()
    assert {"DJANGO_SECRET_KEY", "REDIS_URL", "SOCIAL_LOGIN_BEGIN_RATE", "LOG_LEVEL"} <= read
    assert "SOCIAL_AUTH_GITHUB_KEY" in read


def test_env_example_lists_every_variable_the_settings_read() -> None:
    assert sorted(names_read_by_settings() - names_listed()) == []
