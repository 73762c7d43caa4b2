"""The API under test: gunicorn on a free loopback port, as in production, with this process's
environment (the throwaway database, no throttle counts)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BACKEND_DIR = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_api(log: Path) -> Iterator[str]:
    """Yields the API's base URL while gunicorn serves it, its log going to `log`."""
    url = f"http://127.0.0.1:{free_port()}"
    command = [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", url[7:]]
    command += ["--workers", "2", "--log-level", "warning"]
    # Its log (every 4xx the fuzzer provokes) would drown Schemathesis's report.
    with log.open("w") as output:
        server = subprocess.Popen(command, cwd=BACKEND_DIR, stdout=output, stderr=output)  # noqa: S603
    try:
        _wait_for(f"{url}/api/health/", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(url: str, server: subprocess.Popen) -> None:
    for _ in range(300):
        if server.poll() is not None:
            raise RuntimeError(f"The API did not start (exit code {server.returncode}).")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - our own loopback URL
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"The API did not answer at {url}.")
