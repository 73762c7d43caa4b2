"""Tabs refreshing one cookie at once: one rotation, at most one grace answer, the others 401;
JSON every time, never a 5xx. On a SQLite file (the default database) and on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from social_login.credentials.jwt.tokens import start_family

from .race import refresh_race

TABS = 6
BACKEND_DIR = Path(settings.BASE_DIR)


def assert_one_rotation(answers: list[dict[str, Any]]) -> None:
    assert len(answers) == TABS
    assert all(answer["status"] < 500 and answer["json"] for answer in answers), answers
    rotated = [a for a in answers if a["status"] == 200 and a["new_cookie"]]
    graced = [a for a in answers if a["status"] == 200 and not a["new_cookie"]]
    refused = [a for a in answers if a["status"] == 401]
    assert len(rotated) == 1, answers
    assert len(graced) <= 1, answers
    assert len(rotated) + len(graced) + len(refused) == TABS, answers
    assert all('"token_invalid"' in answer["body"] for answer in refused), answers


def test_concurrent_refreshes_on_a_sqlite_file_never_fail(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'race.sqlite3'}",
    }
    run = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "tests.social_login.credentials.jwt.race", str(TABS)],
        cwd=BACKEND_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert_one_rotation(json.loads(run.stdout.strip().splitlines()[-1]))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_refreshes_on_postgres_never_fail(user) -> None:
    assert_one_rotation(refresh_race(str(start_family(user).refresh), TABS))
