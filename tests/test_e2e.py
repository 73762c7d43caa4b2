"""The baked project's browser tests, in real Chromium, through its real dev provider; both
auth modes' runs side by side (tests/side_by_side.py)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run
from tests.ports import free_port
from tests.side_by_side import AUTH_MODES, Started, in_each_auth_mode

# Kept after a failing run (traces, screenshots, server logs), for people and CI to read.
ARTIFACTS = Path(__file__).resolve().parent.parent / "e2e-artifacts"

pytestmark = pytest.mark.deep


@pytest.fixture(scope="module")
def e2e_runs(cookies_session, uv_command: str, tmp_path_factory) -> Iterator[dict[str, Started]]:
    """`make e2e` in a bake of each auth mode, each on ports of its own."""
    logs = tmp_path_factory.mktemp("e2e-logs")

    def env() -> dict[str, str]:
        ports = ("E2E_API_PORT", "E2E_DEVIDP_PORT", "E2E_VITE_PORT")
        return {"UV": uv_command, **{name: str(free_port()) for name in ports}}

    with in_each_auth_mode(cookies_session, logs, ["make", "e2e"], env) as runs:
        yield runs


@pytest.mark.parametrize("auth_mode", AUTH_MODES)
def test_end_to_end_scenarios_pass_in_chromium(e2e_runs, auth_mode: str) -> None:
    e2e = e2e_runs[auth_mode]
    output = e2e.output()
    frontend = e2e.project / "frontend"
    if e2e.returncode != 0:
        results = frontend / "test-results"
        kept = ARTIFACTS / auth_mode
        shutil.rmtree(kept, ignore_errors=True)
        if results.exists():
            shutil.copytree(results, kept)
        logs = "".join(
            f"\n--- {log.name} (last lines)\n" + "\n".join(log.read_text().splitlines()[-40:])
            for log in sorted((results / "servers").glob("*.log"))
        )
        pytest.fail(f"make e2e failed; artifacts in {kept}\n{output[-8000:]}{logs}")
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
