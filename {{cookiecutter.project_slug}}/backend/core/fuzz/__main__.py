"""`python -m core.fuzz [schemathesis run options]`, which `make fuzz` runs.

Exit code: Schemathesis's (0 when no check failed), of the worse of the two runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(extra: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as scratch:
        os.environ.update(
            DJANGO_SETTINGS_MODULE="config.settings.test",
            # A database of its own: the fuzzer's users never reach the development one.
            DATABASE_URL=f"sqlite:///{scratch}/fuzz.sqlite3",
            # Throttles count in the cache: with none, no limit is ever reached, so the
            # fuzzer reaches the views instead of collecting 429s.
            REDIS_URL="dummycache://",
        )
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        from .credentials import running_provider, signed_in_headers
        from .run import schemathesis_command
        from .server import running_api

        log = Path(scratch) / "api.log"
        with running_provider(Path(scratch)) as provider_url:
            # The API signs in through this provider (the signed-in run's credentials).
            os.environ["DEV_PROVIDER_URL"] = provider_url
            with running_api(log) as url:
                signed_out = schemathesis_command(url, signed_in=False, extra=extra)
                headers = signed_in_headers(url)
                signed_in = schemathesis_command(url, signed_in=True, extra=extra, headers=headers)
                codes = [_run(signed_out, scratch), _run(signed_in, scratch)]
        _show_errors(log)
    return max(codes)


def _show_errors(log: Path) -> None:
    """The API's own errors, which Schemathesis sees only as answers."""
    errors = [
        line for line in log.read_text().splitlines() if not line.startswith(("INFO", "WARNING"))
    ]
    if errors:
        print("The API logged:", *errors[-200:], sep="\n")


def _run(command: list[str], scratch: str) -> int:
    """In the scratch directory, where Schemathesis and Hypothesis leave their caches."""
    print("$", " ".join(command[:4]), "...", flush=True)
    return subprocess.run(command, cwd=scratch, check=False).returncode  # noqa: S603


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
