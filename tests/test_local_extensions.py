"""Answers that would bake a broken project are refused as cookiecutter takes them: one line
saying why, no traceback, nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cookiecutter.main import cookiecutter

from local_extensions import RefusedAnswer

TEMPLATE = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("slug", "rule"),
    [
        ("My-Project", "lowercase Python identifier"),
        ("1project", "lowercase Python identifier"),
        ("my project", "lowercase Python identifier"),
        ("class", "keyword"),
        ("django", "shadow"),
        ("test", "shadow"),
        ("site", "shadow"),
        ("json", "shadow"),
        ("social_django", "shadow"),
    ],
)
def test_refuses_bad_slug_and_leaves_nothing(tmp_path, slug: str, rule: str) -> None:
    with pytest.raises(RefusedAnswer, match=rule):
        cookiecutter(
            str(TEMPLATE),
            no_input=True,
            output_dir=str(tmp_path),
            extra_context={"project_slug": slug},
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("answer", "line"),
    [
        (
            "project_slug=test",
            "ERROR: project_slug 'test' would shadow a module of the same name "
            "(Python, Django or a dependency).",
        ),
        ("project_name=", "ERROR: project_name is empty: give the project a name."),
        ("project_name=   ", "ERROR: project_name is empty: give the project a name."),
    ],
)
def test_command_line_says_one_line_and_writes_nothing(tmp_path, answer: str, line: str) -> None:
    """As a person runs it: `cookiecutter --no-input <template> <answer>`."""
    completed = subprocess.run(
        [sys.executable, "-m", "cookiecutter", "--no-input", str(TEMPLATE), answer],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert (completed.stdout + completed.stderr).strip() == line
    assert list(tmp_path.iterdir()) == []


def test_accepts_a_good_slug(cookies) -> None:
    result = cookies.bake(extra_context={"project_slug": "acme_portal"})
    assert result.exit_code == 0, result.exception
    assert result.project_path.name == "acme_portal"


def test_slug_is_derived_from_the_name(cookies) -> None:
    result = cookies.bake(extra_context={"project_name": "Acme Customer-Portal"})
    assert result.exit_code == 0, result.exception
    assert result.project_path.name == "acme_customer_portal"
