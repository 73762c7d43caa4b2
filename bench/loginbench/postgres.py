"""A throwaway PostgreSQL cluster from the machine's binaries (scripts/ensure-postgres.sh
installs them), with durable commits (fsync on), as a deployment runs it."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .servers import free_port


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError("PostgreSQL is not installed: run scripts/ensure-postgres.sh")


def _as_server_user(args: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root; Debian's package creates the postgres user.
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def version() -> str:
    out = subprocess.run([str(_bindir() / "postgres"), "--version"], capture_output=True, text=True)
    return out.stdout.strip()


@contextmanager
def running_postgres(databases: list[str]) -> Iterator[dict[str, str]]:
    """Yields a DATABASE_URL per database name, on a fresh cluster removed afterwards."""
    bindir = _bindir()
    root = Path(tempfile.mkdtemp(prefix="loginbench-pg-"))
    data = root / "data"
    port = free_port()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    run = {"check": True, "capture_output": True}
    initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"]
    subprocess.run(_as_server_user([*initdb, "-E", "UTF8"]), **run)
    options = f"-h 127.0.0.1 -p {port} -k {root}"
    start = [str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log")]
    subprocess.run(_as_server_user([*start, "-o", options, "start"]), **run)
    try:
        for name in databases:
            subprocess.run(
                [
                    str(bindir / "createdb"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "-U",
                    "postgres",
                    name,
                ],
                **run,
            )
        yield {name: f"postgres://postgres@127.0.0.1:{port}/{name}" for name in databases}
    finally:
        stop = [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]
        subprocess.run(_as_server_user(stop), check=False, capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
