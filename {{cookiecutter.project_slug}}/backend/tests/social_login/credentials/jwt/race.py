"""Browser tabs refreshing one cookie at the same moment, on real threads (each thread has its
own database connection, as under a threaded server).

`refresh_race` runs in the test process (PostgreSQL). Run as a script, it signs a user in on the
database DATABASE_URL names (a SQLite file: the in-memory test database would not show the
writers' locking) and prints the race's answers as JSON:
`python -m tests.social_login.credentials.jwt.race TABS`.
"""

from __future__ import annotations

import json
import sys
import threading
from typing import Any

REFRESH_URL = "/api/auth/token/refresh/"


def refresh_race(raw: str, tabs: int) -> list[dict[str, Any]]:
    """Each tab posts the same refresh cookie once, all released together."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    barrier = threading.Barrier(tabs)
    answers: list[dict[str, Any]] = []
    lock = threading.Lock()

    def tab() -> None:
        try:
            client = Client(raise_request_exception=False)  # a 500 is an answer, not a crash
            client.cookies[settings.REFRESH_COOKIE_NAME] = raw
            barrier.wait(timeout=30)
            response = client.post(REFRESH_URL, {}, content_type="application/json")
            cookie = response.cookies.get(settings.REFRESH_COOKIE_NAME)
            answer = {
                "status": response.status_code,
                "json": response["Content-Type"].startswith("application/json"),
                "body": response.content.decode(errors="replace")[:500],
                "new_cookie": bool(cookie and cookie.value),
            }
            with lock:
                answers.append(answer)
        finally:
            connection.close()

    threads = [threading.Thread(target=tab) for _ in range(tabs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return answers


def main(tabs: int) -> None:
    import django
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()  # the test client's host, as under pytest
    call_command("migrate", verbosity=0)

    from accounts.models import User
    from social_login.credentials.jwt.tokens import start_family

    credentials = start_family(User.objects.create_user("racer"))
    print(json.dumps(refresh_race(str(credentials.refresh), tabs)))


if __name__ == "__main__":
    main(int(sys.argv[1]))
