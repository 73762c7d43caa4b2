"""Processes under test: start on a free loopback port, wait until they answer, CPU they used."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil
import requests

GUNICORN_CONF = Path(__file__).with_name("gunicorn_conf.py")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited:\n{log.read_text()[-3000:]}")
        try:
            requests.get(url, timeout=5)
            return
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within 60 s:\n{log.read_text()[-3000:]}")


@contextmanager
def running(
    args: list[str], *, cwd: Path, env: dict[str, str], url: str, log: Path
) -> Iterator[psutil.Process]:
    """Runs a server until the block ends; yields its main process."""
    with log.open("w") as out:
        process = subprocess.Popen(
            args, cwd=cwd, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        _wait_until_up(url, process, log)
        yield psutil.Process(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def gunicorn(python: str, wsgi: str, port: int) -> list[str]:
    return [python, "-m", "gunicorn", wsgi, "-c", str(GUNICORN_CONF), "--bind", f"127.0.0.1:{port}"]


def uvicorn(port: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "loginbench.fake_provider:app",
        "--port",
        str(port),
        "--host",
        "127.0.0.1",
        "--lifespan",
        "off",
        "--no-access-log",
        "--log-level",
        "warning",
    ]


def cpu_seconds(process: psutil.Process) -> float:
    """User + system CPU time of a process and its live children (gunicorn's workers)."""
    total = 0.0
    for each in [process, *process.children(recursive=True)]:
        try:
            times = each.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total
