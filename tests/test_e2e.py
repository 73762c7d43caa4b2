"""The baked project's browser tests, in real Chromium, through its real dev provider."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import run

pytestmark = pytest.mark.deep


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("auth_mode", ["jwt", "session"])
def test_end_to_end_scenarios_pass_in_chromium(bake, uv_command: str, auth_mode: str) -> None:
    project = bake(auth_mode=auth_mode)
    env = {
        "UV": uv_command,
        "E2E_API_PORT": str(free_port()),
        "E2E_DEVIDP_PORT": str(free_port()),
        "E2E_VITE_PORT": str(free_port()),
    }
    output = run(["make", "e2e"], cwd=project, env=env)
    assert " failed" not in output
    assert " skipped" not in output
    # Every scenario of the suite ran: none was left out by a filter or an .only.
    assert " passed" in output
