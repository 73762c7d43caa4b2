"""Runs the dev provider as a real HTTP server in a subprocess: its own SQLite file and signing
key in a work directory, migrated and seeded, on a free port. Used by the devidp tests and the
live login test; the e2e suite starts it the same way (see `command_line`)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

BACKEND_DIR = Path(__file__).resolve().parents[2]
START_TIMEOUT_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DevIdpServer:
    def __init__(
        self,
        workdir: Path,
        *,
        coop: str | None = None,
        skip_consent: bool = True,
        redirect_uris: str = "",
        migrated_db: Path | None = None,
    ) -> None:
        """`migrated_db`: a migrated provider database to start from (a copy), which saves
        running the migrations again."""
        self.workdir = workdir
        self.migrated_db = migrated_db
        self.port = 0
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.devidp",
            "DEVIDP_DB_PATH": str(workdir / "devidp.sqlite3"),
            "DEVIDP_KEY_PATH": str(workdir / "keys" / "signing-key.pem"),
            "DEVIDP_COOP": coop or "",
            "DEVIDP_SKIP_CONSENT": "true" if skip_consent else "false",
            "DEVIDP_REDIRECT_URIS": redirect_uris,
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.workdir / "devidp.log"

    @property
    def db_path(self) -> Path:
        return Path(self.env["DEVIDP_DB_PATH"])

    def manage(self, *args: str) -> str:
        """Runs a management command with the provider's settings; returns its output."""
        completed = subprocess.run(  # noqa: S603 - our manage.py, arguments from the tests
            [sys.executable, "manage.py", *args],
            cwd=BACKEND_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{completed.stderr}")
        return completed.stdout

    def migrate(self) -> None:
        if self.migrated_db is not None:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.migrated_db, self.db_path)
        else:
            self.manage("migrate", "--no-input", "-v", "0")

    def start(self) -> DevIdpServer:
        """Migrates and seeds the database, then serves it on a free port."""
        self.migrate()
        self.manage("devidp_seed")
        self.port = free_port()
        # Its log goes to a file: a pipe nobody reads would fill up and stall the server.
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(  # noqa: S603 - our manage.py, fixed arguments
                [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
                cwd=BACKEND_DIR,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self._wait_until_ready()
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        discovery = f"{self.url}/o/.well-known/openid-configuration"
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                log = self.log_path.read_text()
                raise RuntimeError(f"the dev provider exited while starting:\n{log}")
            try:
                if requests.get(discovery, timeout=2).ok:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the dev provider did not answer on {discovery}")

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None

    def __enter__(self) -> DevIdpServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
