"""`make demo`, as a person runs it from the README: bake the defaults, start everything."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.ports import free_port

pytestmark = pytest.mark.deep

TEMPLATE = Path(__file__).resolve().parent.parent
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", ".tools", "demo", "node_modules", "e2e-artifacts", "__pycache__", "*_cache"
)


def get_json(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return json.load(response)
    except (OSError, ValueError):
        return None


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_make_demo_serves_the_app_with_the_dev_provider(tmp_path: Path, uv_command: str) -> None:
    checkout = tmp_path / "template"
    shutil.copytree(TEMPLATE, checkout, ignore=NOT_COPIED)
    ports = {"API_PORT": free_port(), "DEVIDP_PORT": free_port(), "VITE_PORT": free_port()}
    log = (tmp_path / "demo.log").open("w")
    demo = subprocess.Popen(
        ["make", "demo"],
        cwd=checkout,
        env={**os.environ, **{name: str(port) for name, port in ports.items()}},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    providers_url = f"http://127.0.0.1:{ports['VITE_PORT']}/api/auth/providers/"
    try:
        deadline = time.monotonic() + 600  # a first run installs everything
        providers = None
        while providers is None and demo.poll() is None and time.monotonic() < deadline:
            providers = get_json(providers_url)
            time.sleep(1)
        assert providers is not None, (tmp_path / "demo.log").read_text()[-5000:]
        assert {"id": "dev", "name": "Dev login", "protocol": "oidc"} in providers["providers"]
        discovery = get_json(
            f"http://127.0.0.1:{ports['DEVIDP_PORT']}/o/.well-known/openid-configuration"
        )
        assert discovery is not None
        assert "S256" in discovery["code_challenge_methods_supported"]
        assert (checkout / "demo" / "backend" / ".env").exists()
    finally:
        # Ctrl-C in the terminal: the whole foreground group gets SIGINT.
        os.killpg(demo.pid, signal.SIGINT)
        try:
            demo.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(demo.pid, signal.SIGKILL)
            raise
    assert not any(listening(port) for port in ports.values())
