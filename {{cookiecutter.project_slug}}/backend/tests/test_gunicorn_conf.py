"""The production server's access log (gunicorn.conf.py) leaves query strings out."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import requests
from django.conf import settings

BACKEND_DIR = Path(settings.BASE_DIR)
LISTENING = re.compile(r"Listening at: (http://127\.0\.0\.1:\d+)")
SERVER = ["-m", "gunicorn", "config.wsgi", "-c", "gunicorn.conf.py", "--bind", "127.0.0.1:0"]
SECRET_QUERY = "?code=SECRET-CODE&state=SECRET-STATE"


def _serve(tmp_path: Path) -> tuple[subprocess.Popen[str], str]:
    log = (tmp_path / "gunicorn.log").open("w+")
    server = subprocess.Popen(  # noqa: S603 - this interpreter's gunicorn, fixed arguments
        [sys.executable, *SERVER, "--workers", "1"],
        cwd=BACKEND_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        },
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    for _ in range(200):
        found = LISTENING.search(Path(log.name).read_text())
        if found:
            return server, found.group(1)
        time.sleep(0.1)
    server.terminate()
    raise AssertionError(Path(log.name).read_text())


def test_access_log_has_paths_without_query_strings(tmp_path: Path) -> None:
    server, url = _serve(tmp_path)
    try:
        assert requests.get(f"{url}/api/health/{SECRET_QUERY}", timeout=30).status_code == 200
        requests.get(f"{url}/auth/callback{SECRET_QUERY}", timeout=30)
    finally:
        server.terminate()
        server.wait(timeout=30)
    log = (tmp_path / "gunicorn.log").read_text()
    assert '"GET /api/health/ HTTP/1.1" 200' in log
    assert '"GET /auth/callback HTTP/1.1"' in log
    assert "SECRET" not in log
