"""A make task run in a bake of each auth mode at the same time.

The browser runs and the fuzz runs each keep about one of this machine's two cores busy (a
browser waiting on its servers, one Schemathesis thread), so two side by side take little
longer than one. Each bake has its own ports, databases and temporary files."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

AUTH_MODES = ("jwt", "session")


@dataclass
class Started:
    project: Path
    process: subprocess.Popen[str]
    log: Path

    def output(self) -> str:
        """Waits for the task to end; returns what it printed (stdout and stderr, in order)."""
        self.process.wait(timeout=1800)
        return self.log.read_text()

    @property
    def returncode(self) -> int | None:
        return self.process.returncode


@contextmanager
def in_each_auth_mode(
    cookies_session, logs: Path, task: list[str], env: Callable[[], dict[str, str]]
) -> Iterator[dict[str, Started]]:
    """Bakes each auth mode and starts `task` (a make command line) in each, with what `env()`
    returns added to the environment (called once per bake: ports of its own); stops whatever
    is still running on the way out."""
    runs: dict[str, Started] = {}
    try:
        for auth_mode in AUTH_MODES:
            baked = cookies_session.bake(
                extra_context={"project_name": "Acme Portal", "auth_mode": auth_mode}
            )
            assert baked.exit_code == 0, baked.exception
            log = logs / f"{auth_mode}.log"
            with log.open("w") as output:
                process = subprocess.Popen(
                    task,
                    cwd=baked.project_path,
                    env={**os.environ, **env()},
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    text=True,
                )
            runs[auth_mode] = Started(Path(baked.project_path), process, log)
        yield runs
    finally:
        for started in runs.values():
            if started.process.poll() is None:
                started.process.kill()
                started.process.wait()
