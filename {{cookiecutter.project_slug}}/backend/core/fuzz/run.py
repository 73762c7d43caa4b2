"""What Schemathesis runs and checks, and what it leaves out and why."""

from __future__ import annotations

import sys
from pathlib import Path

CONFIG = Path(__file__).with_name("schemathesis.toml")

# Operations left out of the signed-in run, with why. The signed-out run covers them all, and
# their signed-in behaviour has tests of its own (tests/social_login).
SIGNED_IN_EXCLUDED: dict[str, str] = {
    # Ends the sign-in whose credentials every later request of the run sends: the rest of
    # the run would be signed out.
    "/api/auth/logout/": "ends the run's sign-in",
}


def schemathesis_command(
    url: str, *, signed_in: bool, extra: list[str], headers: list[str] = ()
) -> list[str]:
    """`schemathesis run` of the API at `url`; `extra`: options of the caller, last to win."""
    command = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG)]
    command += ["run", f"{url}/api/schema/"]
    for header in headers:
        command += ["--header", header]
    if signed_in:
        # The credentials are the run's own headers: Schemathesis must not replace or drop
        # them as if they were its own (it would report a request "without" the session
        # cookie as accepted). The signed-out run generates and checks them.
        command += ["--generation-with-security-parameters", "false"]
        for path in SIGNED_IN_EXCLUDED:
            command += ["--exclude-path", path]
    return [*command, *extra]
