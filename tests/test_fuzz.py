"""`make fuzz` in a bake of each auth mode (side by side, tests/side_by_side.py): Schemathesis,
every check, against the API running under gunicorn, signed out and then with the credentials
of a real sign-in; no failure.

What the fuzzer leaves out, and why, is in the bake's backend/core/fuzz/ (schemathesis.toml
and run.py); the test settings' throttles do not count there (no cache)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.side_by_side import AUTH_MODES, Started, in_each_auth_mode
from tests.uv import uv_command

pytestmark = pytest.mark.deep

# Schemathesis's summary of one run: "Test cases:\n  1234 generated, 1234 passed[, 4 skipped]".
SUMMARY = re.compile(r"Test cases:\s+(\d+) generated, (\d+) passed(?:, \d+ skipped)?\s*$", re.M)
# Every operation of the mode gets generated cases from each phase (the schema has 8 or 9).
MIN_CASES_PER_RUN = 500


@pytest.fixture(scope="module")
def fuzz_runs(cookies_session, tmp_path_factory) -> Iterator[dict[str, Started]]:
    logs = tmp_path_factory.mktemp("fuzz-logs")
    task = ["make", "fuzz", f"UV={uv_command()}"]
    with in_each_auth_mode(cookies_session, logs, task, dict) as runs:
        yield runs


@pytest.mark.parametrize("auth_mode", AUTH_MODES)
def test_fuzzing_finds_nothing_signed_out_or_signed_in(fuzz_runs, auth_mode: str) -> None:
    fuzz = fuzz_runs[auth_mode]
    output = fuzz.output()
    assert fuzz.returncode == 0, output[-6000:]
    runs = SUMMARY.findall(output)
    assert len(runs) == 2, output[-4000:]  # signed out, signed in
    for generated, passed in runs:
        assert generated == passed, output[-4000:]
        assert int(generated) >= MIN_CASES_PER_RUN
    assert "FAILURES" not in output
    assert re.search(r"Selected: (\d+)/\1\n", output)  # signed out: every operation
    print(f"fuzz {auth_mode}: {[int(generated) for generated, _ in runs]} cases")
