"""The baked project's browser tests, in real Chromium, through its real dev provider."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run
from tests.ports import free_port

# Kept after a failing run (traces, screenshots, server logs), for people and CI to read.
ARTIFACTS = Path(__file__).resolve().parent.parent / "e2e-artifacts"

pytestmark = pytest.mark.deep


@pytest.mark.parametrize("auth_mode", ["jwt", "session"])
def test_end_to_end_scenarios_pass_in_chromium(bake, uv_command: str, auth_mode: str) -> None:
    project = bake(auth_mode=auth_mode)
    env = {
        "UV": uv_command,
        "E2E_API_PORT": str(free_port()),
        "E2E_DEVIDP_PORT": str(free_port()),
        "E2E_VITE_PORT": str(free_port()),
    }
    completed = subprocess.run(
        ["make", "e2e"],
        cwd=project,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        results = project / "frontend" / "test-results"
        kept = ARTIFACTS / auth_mode
        shutil.rmtree(kept, ignore_errors=True)
        if results.exists():
            shutil.copytree(results, kept)
        logs = "".join(
            f"\n--- {log.name} (last lines)\n" + "\n".join(log.read_text().splitlines()[-40:])
            for log in sorted((results / "servers").glob("*.log"))
        )
        pytest.fail(f"make e2e failed; artifacts in {kept}\n{output[-8000:]}{logs}")
    frontend = project / "frontend"
    total = listed_tests(frontend)
    split = listed_tests(frontend, E2E_SPLIT="1")
    # The eleven scenarios (a refused sign-in cookie included), the callback attack in four forms.
    assert total >= 14
    assert split >= 4  # sign-in, reload and logout, connect and disconnect, redirect fallback
    # Both runs (one origin, then the split layout): every listed test ran and passed, none
    # failed, was skipped or flaked.
    passed = [int(n) for n in re.findall(r"^\s*(\d+) passed", output, re.MULTILINE)]
    assert passed == [total, split], output[-3000:]
    assert not re.search(r"^\s*\d+ (failed|skipped|flaky)", output, re.MULTILINE)
    # The split run (the last; its logs are kept) really called the API across origins: the
    # browser asked CORS preflights, which a same-origin SPA never does.
    api_log = (frontend / "test-results" / "servers" / "api.log").read_text()
    assert '"OPTIONS /api/auth/social/dev/begin/ HTTP/1.1" 200' in api_log


def listed_tests(frontend: Path, **env: str) -> int:
    listed = run(["npx", "playwright", "test", "--list"], cwd=frontend, env=env)
    return int(re.search(r"Total: (\d+) tests?", listed).group(1))
