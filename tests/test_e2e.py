"""The baked project's browser tests, in real Chromium, through its real dev provider.

Both auth modes' runs start together: each is one browser at a time waiting on its servers
(about a third of this machine's two cores), so side by side they take little longer than one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import run
from tests.ports import free_port

# Kept after a failing run (traces, screenshots, server logs), for people and CI to read.
ARTIFACTS = Path(__file__).resolve().parent.parent / "e2e-artifacts"
AUTH_MODES = ("jwt", "session")

pytestmark = pytest.mark.deep


@dataclass
class E2eRun:
    project: Path
    process: subprocess.Popen[str]
    log: Path

    def output(self) -> str:
        self.process.wait(timeout=1800)
        return self.log.read_text()


@pytest.fixture(scope="module")
def e2e_runs(cookies_session, uv_command: str, tmp_path_factory) -> Iterator[dict[str, E2eRun]]:
    """`make e2e` in a bake of each auth mode, started at once, each on ports of its own."""
    runs: dict[str, E2eRun] = {}
    logs = tmp_path_factory.mktemp("e2e-logs")
    for auth_mode in AUTH_MODES:
        baked = cookies_session.bake(
            extra_context={"project_name": "Acme Portal", "auth_mode": auth_mode}
        )
        assert baked.exit_code == 0, baked.exception
        env = {
            **os.environ,
            "UV": uv_command,
            "E2E_API_PORT": str(free_port()),
            "E2E_DEVIDP_PORT": str(free_port()),
            "E2E_VITE_PORT": str(free_port()),
        }
        log = logs / f"{auth_mode}.log"
        with log.open("w") as output:
            process = subprocess.Popen(
                ["make", "e2e"],
                cwd=baked.project_path,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                text=True,
            )
        runs[auth_mode] = E2eRun(Path(baked.project_path), process, log)
    yield runs
    for started in runs.values():
        if started.process.poll() is None:
            started.process.kill()
            started.process.wait()


@pytest.mark.parametrize("auth_mode", AUTH_MODES)
def test_end_to_end_scenarios_pass_in_chromium(e2e_runs, auth_mode: str) -> None:
    e2e = e2e_runs[auth_mode]
    output = e2e.output()
    frontend = e2e.project / "frontend"
    if e2e.process.returncode != 0:
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
