"""Finish the bake: fresh secrets, the chosen options written into plain config files, files of
unchosen options removed. No network: dependencies were locked in the template."""

from __future__ import annotations

import html
import json
import os
import secrets
import shutil
from pathlib import Path

# tojson escapes quotes (' as \u0027), so the raw string cannot end early.
PROJECT_NAME: str = json.loads(r'''{{ cookiecutter.project_name | tojson }}''')  # fmt: skip
AUTH_MODE = "{{ cookiecutter.auth_mode }}"
DATABASE = "{{ cookiecutter.database }}"
SLUG = "{{ cookiecutter.project_slug }}"

ROOT = Path.cwd()
BACKEND = ROOT / "backend"
FRONTEND = ROOT / "frontend"

# Files that belong to one option only, removed when that option is not chosen.
ONLY_FOR: dict[str, list[str]] = {
    "auth_mode=jwt": [
        "backend/social_login/credentials/jwt",
        "backend/tests/social_login/credentials/jwt",
    ],
    "auth_mode=session": [
        "backend/social_login/credentials/session",
        "backend/tests/social_login/credentials/session",
        "backend/tests/social_login/test_session_mode.py",
    ],
    # Replicas share one database: SQLite cannot be that.
    "database=postgres": ["backend/scripts/local_postgres.py", "deploy/kubernetes"],
}

# Settings of refresh-token rotation (config/settings/base.py), for jwt mode only.
JWT_APPS = """INSTALLED_APPS += [
    "rest_framework_simplejwt.token_blacklist",
    "social_login.credentials.jwt",
]
"""
# The session-to-user links of the account center, for session mode only.
SESSION_APPS = """# Links each session to its user, for the account center's list of sign-ins.
INSTALLED_APPS += ["social_login.credentials.session"]
"""
JWT_SCHEMA = """SPECTACULAR_SETTINGS["APPEND_COMPONENTS"] = {
    "securitySchemes": {
        "refreshCookie": {"type": "apiKey", "in": "cookie", "name": REFRESH_COOKIE_NAME},
    },
}
"""


def replace_once(path: Path, old: str, new: str) -> None:
    """Edit a plain config file; fail the bake loudly if the template drifted."""
    text = path.read_text()
    if text.count(old) != 1:
        raise SystemExit(f"post_gen: expected exactly one {old!r} in {path.relative_to(ROOT)}")
    path.write_text(text.replace(old, new))


def remove(relative: str) -> None:
    target = ROOT / relative
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()
    # A folder left empty (deploy/ without kubernetes/) goes too.
    if target.parent != ROOT and not any(target.parent.iterdir()):
        target.parent.rmdir()


def database_url() -> str:
    if DATABASE == "postgres":
        return f"postgres://{SLUG}:{SLUG}@127.0.0.1:5432/{SLUG}"
    return "sqlite:///db.sqlite3"


ENV_HEADER = (
    "# Written with fresh secrets when the project was generated; gitignored. Every variable is\n"
    "# listed in .env.example. `make dev`'s API restarts when this file changes.\n"
)


def without_lines(text: str, *prefixes: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith(prefixes))


def drop_jwt_signing_key() -> None:
    """Session mode signs no tokens: neither .env.example nor .env names a JWT key."""
    example = BACKEND / ".env.example"
    example.write_text(without_lines(example.read_text(), "JWT_SIGNING_KEY="))


def write_env() -> None:
    example = BACKEND / ".env.example"
    replace_once(example, "DATABASE_URL=sqlite:///db.sqlite3", f"DATABASE_URL={database_url()}")
    if AUTH_MODE != "jwt":
        drop_jwt_signing_key()
    # .env.example's own first line says to copy it: not something .env should say.
    env = ENV_HEADER + without_lines(example.read_text(), "# Copy to .env")
    env = env.replace(
        "DJANGO_SECRET_KEY=change-me-to-a-long-random-string",
        f"DJANGO_SECRET_KEY={secrets.token_urlsafe(50)}",
    ).replace(
        "JWT_SIGNING_KEY=change-me-to-another-long-random-string",
        f"JWT_SIGNING_KEY={secrets.token_urlsafe(50)}",
    )
    write_private(BACKEND / ".env", env)


def write_private(path: Path, text: str) -> None:
    """Write a file of secrets readable by its owner only (0600), whatever the umask."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(text)
    os.chmod(path, 0o600)  # O_CREAT's mode does not apply to a file that already existed


def write_options() -> None:
    settings = BACKEND / "config" / "settings" / "base.py"
    replace_once(
        settings,
        'PROJECT_NAME = "My Project"',
        f"PROJECT_NAME = {json.dumps(PROJECT_NAME, ensure_ascii=False)}",
    )
    replace_once(settings, 'AUTH_MODE = "jwt"', f'AUTH_MODE = "{AUTH_MODE}"')
    if AUTH_MODE == "session":
        replace_once(settings, JWT_APPS, "")
        replace_once(settings, JWT_SCHEMA, "")
    else:
        replace_once(settings, SESSION_APPS, "")
    replace_once(FRONTEND / ".env", "VITE_AUTH_MODE=jwt", f"VITE_AUTH_MODE={AUTH_MODE}")
    # The SPA's pages show the project name (index.html's <title> heads the sign-in page).
    title = f"<title>{html.escape(PROJECT_NAME)}</title>"
    for page in ("index.html", "callback.html"):
        replace_once(FRONTEND / page, "<title>My Project</title>", title)
    if DATABASE == "postgres":
        # psycopg is locked for every bake, in the "postgres" dependency group; this bake
        # installs that group by default. uv records the choice in the lock too, where
        # `uv lock` would write it.
        groups = 'default-groups = ["dev", "postgres"]'
        replace_once(BACKEND / "pyproject.toml", 'default-groups = ["dev"]', groups)
        project_entry = 'name = "backend"\nversion = "0.1.0"\nsource = { virtual = "." }\n'
        replace_once(BACKEND / "uv.lock", project_entry, f"{project_entry}{groups}\n")


# Config files that exist in two versions: for SQLite bakes the second replaces the first.
SQLITE_VARIANTS = {
    "compose.yaml": "compose.sqlite.yaml",
    ".github/workflows/ci.yml": ".github/workflows/ci.sqlite.yml",
}


def use_api_client_of_auth_mode() -> None:
    """The SPA's typed API client follows the API's schema, which differs per auth mode: the
    template holds jwt's, and for the other modes the files that differ, laid over it here
    (scripts/refresh-api-client.sh writes both)."""
    variants = ROOT / ".api-variants"
    chosen = variants / AUTH_MODE
    if chosen.is_dir():
        for source in sorted(path for path in chosen.rglob("*") if path.is_file()):
            shutil.move(source, ROOT / source.relative_to(chosen))
    shutil.rmtree(variants, ignore_errors=True)
    title = json.dumps(f"{PROJECT_NAME} API", ensure_ascii=False)
    replace_once(FRONTEND / "openapi.json", '"title": "My Project API"', f'"title": {title}')


def use_database_url_in_compose() -> None:
    """compose.yaml's PostgreSQL takes the credentials of the baked DATABASE_URL, so that its
    published port serves `make dev` as well as `make up`."""
    compose = ROOT / "compose.yaml"
    for old, new in (
        ("postgres://app:app@db:5432/app", f"postgres://{SLUG}:{SLUG}@db:5432/{SLUG}"),
        ("POSTGRES_USER: app\n", f"POSTGRES_USER: {SLUG}\n"),
        ("POSTGRES_PASSWORD: app\n", f"POSTGRES_PASSWORD: {SLUG}\n"),
        ("POSTGRES_DB: app\n", f"POSTGRES_DB: {SLUG}\n"),
        ("pg_isready -U app -d app", f"pg_isready -U {SLUG} -d {SLUG}"),
    ):
        replace_once(compose, old, new)
    # `make db`'s own cluster lives next to backend/.
    with (ROOT / ".gitignore").open("a") as gitignore:
        gitignore.write("\n# make db: the local PostgreSQL cluster\n.postgres/\n")


def prune() -> None:
    for main, sqlite_variant in SQLITE_VARIANTS.items():
        if DATABASE == "sqlite":
            (ROOT / sqlite_variant).replace(ROOT / main)
        else:
            remove(sqlite_variant)
    chosen = {f"auth_mode={AUTH_MODE}", f"database={DATABASE}"}
    for option, paths in ONLY_FOR.items():
        if option not in chosen:
            for relative in paths:
                remove(relative)


write_options()
use_api_client_of_auth_mode()
write_env()
prune()
if DATABASE == "postgres":
    use_database_url_in_compose()
