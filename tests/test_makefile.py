"""The baked Makefile: `make help` lists every task, and `make dev` leaves the settings of
backend/.env to the API."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import COMBINATIONS, combo_id


def make(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def phony_targets(project: Path) -> set[str]:
    """Every task, from make's own database (`make -p`), not from a pattern like help's."""
    database = make(project, "-pRrq", "help").stdout
    found = re.search(r"^\.PHONY: (.+)$", database, re.MULTILINE)
    assert found, database[-2000:]
    return set(found.group(1).split())


@pytest.mark.parametrize("context", COMBINATIONS, ids=combo_id)
def test_help_lists_every_task_with_a_description(bake, context) -> None:
    project = bake(**context)
    listed = make(project, "help")
    assert listed.returncode == 0, listed.stderr
    lines = {
        match.group(1): match.group(2).strip()
        for match in re.finditer(r"^  make (\S+)\s+(.*)$", listed.stdout, re.MULTILINE)
    }
    tasks = phony_targets(project)
    assert {"e2e", "test-backend", "superuser"} <= tasks
    assert set(lines) == tasks
    assert all(lines.values()), lines


def test_make_dev_leaves_env_file_settings_to_the_api(bake) -> None:
    """backend/.env is read by the API with the environment winning over it: a value `make dev`
    exported would hide the developer's. UV stands in for the process runner and prints what
    the recipe's environment holds (the rest of its command line becomes a shell comment)."""
    project = bake()
    shown = make(
        project,
        "-o",
        "dev-setup",
        "dev",
        "VITE_PORT=5180",
        "UV=printenv VITE_PORT SOCIAL_LOGIN_REDIRECT_URIS DEV_PROVIDER_URL #",
    )
    assert shown.stdout.splitlines()[-1:] == ["5180"], shown.stdout + shown.stderr
