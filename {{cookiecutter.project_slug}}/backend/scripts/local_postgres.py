"""`make db`: PostgreSQL for development, from the PostgreSQL installed on this machine.

When DATABASE_URL (backend/.env, or the environment) already connects (a server of your own, or
docker compose's `db` service), there is nothing to do. Otherwise this starts a cluster of its
own in .postgres/ (next to backend/, gitignored) on DATABASE_URL's host and port, and creates
the role (allowed to create the test database) and the database that DATABASE_URL names.
`make db-stop` (`stop`) stops that cluster.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import environ
import psycopg
from psycopg import sql

BACKEND = Path(__file__).resolve().parents[1]
ROOT = BACKEND.parent / ".postgres"
DATA = ROOT / "data"
SUPERUSER = "postgres"


class Refused(Exception):
    """Something this script cannot fix: the message says what to do."""


def database_url() -> str:
    environ.Env.read_env(BACKEND / ".env")  # variables already in the environment win
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        raise Refused(f"DATABASE_URL is not a PostgreSQL URL: {url!r} (see backend/.env).")
    return url


def connection_error(**params: Any) -> str | None:
    try:
        with psycopg.connect(connect_timeout=3, **params):
            return None
    except psycopg.OperationalError as error:
        return str(error).strip()


def listening(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex((host, port)) == 0


def server_bindir() -> Path:
    """initdb on PATH, else pg_config's, else Debian's newest /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run(  # noqa: S603 - pg_config found on PATH, fixed arguments
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        )
        bindir = Path(found.stdout.strip())
        if (bindir / "initdb").exists():
            return bindir
    versions = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if versions:
        newest = max(versions, key=lambda path: int(Path(path).parts[-3].split(".")[0]))
        return Path(newest).parent
    raise Refused(
        "PostgreSQL's server is not installed (no initdb found). Install it (Debian/Ubuntu: "
        "apt-get install postgresql; macOS: brew install postgresql), or run `docker compose "
        "up -d db`, or point DATABASE_URL at a server you have."
    )


def server_command(args: list[str]) -> None:
    """PostgreSQL refuses to run as root: then it runs as the `postgres` user."""
    program = Path(args[0]).name
    if os.geteuid() == 0:
        args = ["runuser", "-u", SUPERUSER, "--", *args]
    # PostgreSQL's own programs, with paths and ports from DATABASE_URL.
    completed = subprocess.run(args, capture_output=True, text=True, check=False)  # noqa: S603
    if completed.returncode != 0:
        raise Refused(f"{program} failed:\n{completed.stdout}{completed.stderr}")


def start_cluster(bindir: Path, host: str, port: int) -> None:
    if not (DATA / "PG_VERSION").exists():
        ROOT.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(ROOT, SUPERUSER)
        initdb = [str(bindir / "initdb"), "-D", str(DATA), "-U", SUPERUSER, "-E", "UTF8"]
        # Only this OS user over the socket; passwords over TCP.
        server_command([*initdb, "--auth-local=trust", "--auth-host=scram-sha-256"])
    options = f"-h {host} -p {port} -k {ROOT}"
    pg_ctl = [str(bindir / "pg_ctl"), "-D", str(DATA), "-l", str(ROOT / "server.log")]
    server_command([*pg_ctl, "-o", options, "-w", "start"])


def create_role_and_database(db: dict[str, Any]) -> None:
    role, password, name = db["USER"], db["PASSWORD"], db["NAME"]
    superuser = {"host": str(ROOT), "port": db["PORT"], "user": SUPERUSER, "dbname": "postgres"}
    with psycopg.connect(autocommit=True, **superuser) as connection:
        if not connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone():
            # CREATEDB: the tests create (and drop) a database of their own.
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN CREATEDB PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(password)
                )
            )
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not exists.fetchone():
            connection.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(name), sql.Identifier(role)
                )
            )


def start() -> str:
    url = database_url()
    db = environ.Env.db_url_config(url)
    host, port = db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)
    if connection_error(conninfo=url) is None:
        return f"PostgreSQL answers DATABASE_URL at {host}:{port}: nothing to do."
    if listening(host, port) and not (ROOT / "data" / "postmaster.pid").exists():
        raise Refused(
            f"Another PostgreSQL server listens on {host}:{port} but refuses DATABASE_URL:\n"
            f"{connection_error(conninfo=url)}\nCreate the role and database there "
            "(README: PostgreSQL), or give DATABASE_URL another port for `make db`'s own server."
        )
    if not listening(host, port):
        start_cluster(server_bindir(), host, port)
    create_role_and_database({**db, "PORT": port})
    error = connection_error(conninfo=url)
    if error:
        raise Refused(f"Started PostgreSQL, yet DATABASE_URL does not connect:\n{error}")
    return f"PostgreSQL runs at {host}:{port}, data in .postgres/ (`make db-stop` stops it)."


def stop() -> str:
    if not (DATA / "postmaster.pid").exists():
        return "No PostgreSQL of `make db` is running."
    server_command([str(server_bindir() / "pg_ctl"), "-D", str(DATA), "-m", "fast", "stop"])
    return "Stopped the PostgreSQL of `make db`."


if __name__ == "__main__":
    action = {"start": start, "stop": stop}[sys.argv[1] if len(sys.argv) > 1 else "start"]
    try:
        print(action())
    except Refused as refused:
        sys.exit(f"make db: {refused}")
