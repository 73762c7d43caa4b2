"""Refuse answers that would bake a broken project, before anything is written."""

import keyword
import re
import sys

SLUG = "{{ cookiecutter.project_slug }}"

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


def refuse(rule: str) -> None:
    print(f"ERROR: project_slug {SLUG!r}: {rule}", file=sys.stderr)
    sys.exit(1)


if not re.fullmatch(r"[a-z][a-z0-9_]*", SLUG):
    refuse("must be a lowercase Python identifier (a-z, 0-9, _; starting with a letter).")
if keyword.iskeyword(SLUG):
    refuse("is a Python keyword.")
if SLUG in RESERVED or SLUG in sys.stdlib_module_names:
    refuse("would shadow a module of the same name (Python, Django or a dependency).")
