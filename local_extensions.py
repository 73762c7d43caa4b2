"""Refuses answers that would bake a broken project, as cookiecutter takes them: before anything
is written, with one line saying why. (A failing pre-generation hook would do the same job, but
cookiecutter prints its failure with a traceback.) cookiecutter.json renders the filter below
right after the slug; cookiecutter imports this module through its `_extensions` key."""

from __future__ import annotations

import keyword
import re
import sys

from cookiecutter.exceptions import FailedHookException
from cookiecutter.utils import simple_filter

# Names the baked project imports or that Python resolves first: a project named after one of
# them would shadow it.
RESERVED = {
    "accounts",
    "asyncio",
    "backend",
    "code",
    "config",
    "core",
    "corsheaders",
    "cryptography",
    "devidp",
    "django",
    "drf_spectacular",
    "email",
    "environ",
    "frontend",
    "gunicorn",
    "honcho",
    "html",
    "http",
    "json",
    "jwt",
    "logging",
    "oauth2_provider",
    "oauthlib",
    "os",
    "platform",
    "psycopg",
    "pytest",
    "random",
    "requests",
    "responses",
    "rest_framework",
    "rest_framework_simplejwt",
    "secrets",
    "site",
    "social_core",
    "social_django",
    "social_login",
    "string",
    "sys",
    "test",
    "tests",
    "types",
    "typing",
    "uuid",
    "whitenoise",
}


class RefusedAnswer(FailedHookException):
    """cookiecutter's command line prints this family of errors as one line, and exits 1."""


def slug_problem(slug: str) -> str | None:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", slug):
        return "must be a lowercase Python identifier (a-z, 0-9, _; starting with a letter)."
    if keyword.iskeyword(slug):
        return "is a Python keyword."
    if slug in RESERVED or slug in sys.stdlib_module_names:
        return "would shadow a module of the same name (Python, Django or a dependency)."
    return None


@simple_filter
def refuse_bad_answers(slug: str, project_name: str) -> str:
    """Renders as "ok", or stops the bake."""
    if not project_name.strip():
        raise RefusedAnswer("ERROR: project_name is empty: give the project a name.")
    problem = slug_problem(slug)
    if problem:
        raise RefusedAnswer(f"ERROR: project_slug {slug!r} {problem}")
    return "ok"
