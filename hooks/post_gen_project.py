"""Finish the bake: fresh secrets, the chosen options written into plain config files, files of
unchosen options removed. No network: dependencies were locked in the template.

The answers below are the only template code in this file: tests/test_post_gen_hook.py runs
the functions with answers of its own in a directory of its own."""

from __future__ import annotations

import base64
import html
import json
import os
import secrets
import shutil
from pathlib import Path

# tojson escapes quotes (' as \u0027), so the raw string cannot end early.
ANSWERS: dict[str, str] = json.loads(
    r'''{
        "project_name": {{ cookiecutter.project_name | tojson }},
        "project_slug": {{ cookiecutter.project_slug | tojson }},
        "auth_mode": {{ cookiecutter.auth_mode | tojson }},
        "database": {{ cookiecutter.database | tojson }}
    }'''
)  # fmt: skip
PROJECT_NAME = ANSWERS["project_name"]
SLUG = ANSWERS["project_slug"]
AUTH_MODE = ANSWERS["auth_mode"]
DATABASE = ANSWERS["database"]

ROOT = Path.cwd()
BACKEND = ROOT / "backend"
FRONTEND = ROOT / "frontend"

# Files that belong to one option only, removed when that option is not chosen.
ONLY_FOR: dict[str, list[str]] = {
    "auth_mode=jwt": [
        "backend/config/settings/auth_jwt.py",
        "backend/social_login/credentials/jwt",
        "backend/tests/social_login/credentials/jwt",
        "frontend/src/auth/mode/jwt",
        "frontend/tests/auth/mode/jwt",
    ],
    "auth_mode=session": [
        "backend/config/settings/auth_session.py",
        "backend/social_login/credentials/session",
        "backend/tests/social_login/credentials/session",
        "frontend/src/auth/mode/session",
        "frontend/tests/auth/mode/session",
    ],
    # Replicas share one database: SQLite cannot be that.
    "database=postgres": ["backend/scripts/local_postgres.py", "deploy/kubernetes"],
}

# Where the chosen auth mode is imported: the template imports jwt's.
AUTH_MODE_IMPORTS = {
    "backend/config/settings/base.py": ("from .auth_jwt import ", 2),
    "backend/social_login/credentials/chosen.py": ("from .jwt.interface import ", 1),
    "frontend/src/auth/mode/chosen.ts": ('from "./jwt/', 2),
}

# Config files that exist in two versions: for SQLite bakes the second replaces the first.
SQLITE_VARIANTS = {
    "compose.yaml": "compose.sqlite.yaml",
    ".github/workflows/ci.yml": ".github/workflows/ci.sqlite.yml",
}

# Lines of backend/.env.example about jwt mode only, which other modes' bakes leave out.
JWT_ENV_LINES = (
    "JWT_SIGNING_KEY=",
    "# jwt mode:",
    "# two tabs refreshing at once",
    "# JWT_",
    "# SOCIAL_LOGIN_REFRESH_RATE=",
)

ENV_HEADER = (
    "# Written with fresh secrets when the project was generated; gitignored. Every variable is\n"
    "# listed in .env.example. `make dev`'s API restarts when this file changes.\n"
)


def replace_once(path: Path, old: str, new: str, count: int = 1) -> None:
    """Edit a plain config file; fail the bake loudly if the template drifted (`old` not found
    exactly `count` times)."""
    text = path.read_text()
    if text.count(old) != count:
        raise SystemExit(f"post_gen: expected {count} x {old!r} in {path.relative_to(ROOT)}")
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


def without_lines(text: str, *prefixes: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith(prefixes))


def write_private(path: Path, text: str) -> None:
    """Write a file of secrets readable by its owner only (0600), whatever the umask."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(text)
    os.chmod(path, 0o600)  # O_CREAT's mode does not apply to a file that already existed


def database_url() -> str:
    if DATABASE == "postgres":
        return f"postgres://{SLUG}:{SLUG}@127.0.0.1:5432/{SLUG}"
    return "sqlite:///db.sqlite3"


def write_env() -> None:
    """backend/.env from .env.example, with this bake's database and fresh secrets. Session
    mode signs no tokens: neither file names a JWT setting then."""
    example = BACKEND / ".env.example"
    replace_once(example, "DATABASE_URL=sqlite:///db.sqlite3", f"DATABASE_URL={database_url()}")
    if AUTH_MODE != "jwt":
        example.write_text(without_lines(example.read_text(), *JWT_ENV_LINES))
    # .env.example's own first line says to copy it: not something .env should say.
    env = ENV_HEADER + without_lines(example.read_text(), "# Copy to .env")
    env = (
        env.replace(
            "DJANGO_SECRET_KEY=change-me-to-a-long-random-string",
            f"DJANGO_SECRET_KEY={secrets.token_urlsafe(50)}",
        )
        .replace(
            "JWT_SIGNING_KEY=change-me-to-another-long-random-string",
            f"JWT_SIGNING_KEY={secrets.token_urlsafe(50)}",
        )
        .replace(
            # A Fernet key: 32 random bytes in url-safe base64 (the hook has no cryptography).
            "PROVIDER_TOKENS_KEYS=change-me-to-a-fernet-key",
            f"PROVIDER_TOKENS_KEYS={base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()}",
        )
    )
    write_private(BACKEND / ".env", env)


def write_project_name() -> None:
    settings = BACKEND / "config" / "settings" / "base.py"
    name = json.dumps(PROJECT_NAME, ensure_ascii=False)
    replace_once(settings, 'PROJECT_NAME = "My Project"', f"PROJECT_NAME = {name}")
    # The SPA's pages show the project name (index.html's <title> heads the sign-in page).
    title = f"<title>{html.escape(PROJECT_NAME)}</title>"
    for page in ("index.html", "callback.html"):
        replace_once(FRONTEND / page, "<title>My Project</title>", title)


def use_auth_mode() -> None:
    """Point the static imports of the auth mode at the chosen one (the other's files go in
    prune()), and tell the SPA's browser tests (e2e/ reads frontend/.env)."""
    for relative, (jwt_import, count) in AUTH_MODE_IMPORTS.items():
        chosen_import = jwt_import.replace("jwt", AUTH_MODE)
        replace_once(ROOT / relative, jwt_import, chosen_import, count)
    replace_once(FRONTEND / ".env", "VITE_AUTH_MODE=jwt", f"VITE_AUTH_MODE={AUTH_MODE}")


def use_postgres_dependencies() -> None:
    """psycopg is locked for every bake, in the "postgres" dependency group; this bake installs
    that group by default. uv records the choice in the lock too, where `uv lock` would."""
    groups = 'default-groups = ["dev", "postgres"]'
    replace_once(BACKEND / "pyproject.toml", 'default-groups = ["dev"]', groups)
    project_entry = 'name = "backend"\nversion = "0.1.0"\nsource = { virtual = "." }\n'
    replace_once(BACKEND / "uv.lock", project_entry, f"{project_entry}{groups}\n")


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
    """Keep one version of each per-database config file; remove unchosen options' files."""
    for main_file, sqlite_variant in SQLITE_VARIANTS.items():
        if DATABASE == "sqlite":
            (ROOT / sqlite_variant).replace(ROOT / main_file)
        else:
            remove(sqlite_variant)
    chosen = {f"auth_mode={AUTH_MODE}", f"database={DATABASE}"}
    for option, paths in ONLY_FOR.items():
        if option not in chosen:
            for relative in paths:
                remove(relative)


def main() -> None:
    write_project_name()
    use_auth_mode()
    if DATABASE == "postgres":
        use_postgres_dependencies()
    use_api_client_of_auth_mode()
    write_env()
    prune()
    if DATABASE == "postgres":
        use_database_url_in_compose()


if __name__ == "__main__":
    main()
