"""In-process profile of a bake's login (begin + complete), run by the bake's own Python in its
backend/ with the benchmark overlay (the fake provider must be up):

    DJANGO_SETTINGS_MODULE=config.settings.bench .venv/bin/python profile_login.py N

Prints, for a returning user: the SQL statements and commits of one begin and one complete, then
cProfile's top functions over N logins. Standard library and the bake's packages only.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import django

sys.path.insert(0, os.getcwd())  # the bake's backend/, where config/ lives
django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

REDIRECT_URI = settings.SOCIAL_LOGIN_REDIRECT_URIS[0]
USER_ID = 7


class Counter:
    """The SQL a block runs, and how many transactions it commits (an atomic block's commit,
    or a write in autocommit mode: each is one durable commit, an fsync)."""

    def __init__(self) -> None:
        self.statements: list[str] = []
        self.commits = 0
        self.queries = 0

    def __call__(self, execute: Callable, sql: str, params: Any, many: bool, context: Any) -> Any:
        verb = sql.lstrip().split(" ", 1)[0].upper()
        if verb == "BEGIN":  # SQLite's BEGIN IMMEDIATE: the start of an atomic block
            self.statements.append("-- atomic block")
            return execute(sql, params, many, context)
        write = verb in {"INSERT", "UPDATE", "DELETE"}
        autocommit = write and not connection.in_atomic_block
        self.commits += autocommit
        self.queries += 1
        mark = "  (autocommit)" if autocommit else ""
        self.statements.append("   " + " ".join(sql.split())[:100] + mark)
        return execute(sql, params, many, context)


def _counting_commits(counter: Counter) -> Callable[[], None]:
    original = connection._commit

    def commit() -> None:
        counter.commits += 1
        original()

    connection._commit = commit
    return lambda: setattr(connection, "_commit", original)


def begin(client: Client) -> tuple[str, str]:
    reply = client.post(
        "/api/auth/social/github/begin/",
        {"redirect_uri": REDIRECT_URI},
        content_type="application/json",
    )
    assert reply.status_code == 200, reply.content
    body = reply.json()
    return parse_qs(urlsplit(body["authorization_url"]).query)["state"][0], body["flow"]


def complete(client: Client, state: str, flow: str) -> None:
    body = {"code": f"u{USER_ID}", "state": state, "flow": flow, "redirect_uri": REDIRECT_URI}
    reply = client.post("/api/auth/social/github/complete/", body, content_type="application/json")
    assert reply.status_code == 200, reply.content


def counted(step: Callable[[], Any], title: str) -> Any:
    counter = Counter()
    restore = _counting_commits(counter)
    try:
        with connection.execute_wrapper(counter):
            result = step()
    finally:
        restore()
    print(f"{title}: {counter.queries} queries, {counter.commits} commits")
    for statement in counter.statements:
        print(f"    {statement}")
    return result


# Where a login's time goes: (file suffix, function) whose cumulative time names an area.
AREAS = {
    "provider HTTP (pooled session)": ("social_login/login/provider_http.py", "request"),
    "SQL statements": ("django/db/backends/utils.py", "_execute"),
    "commits": ("django/db/backends/base/base.py", "_commit"),
    "complete's transaction (flow claim, pipeline, sign-in)": (
        "social_login/login/strategy.py",
        "authenticate",
    ),
    "social-core pipeline": ("social_core/backends/base.py", "run_pipeline"),
    "sign-in response (token family, JWTs)": ("credentials/jwt/sign_in.py", "signed_in_response"),
    "flow token encode": ("social_login/login/flow_token.py", "encode"),
    "flow token decode": ("social_login/login/flow_token.py", "decode"),
    "begin view": ("social_login/login/views.py", "post"),
}


def areas(stats: pstats.Stats, logins: int) -> None:
    total = stats.total_tt  # type: ignore[attr-defined]
    found = stats.stats  # type: ignore[attr-defined]
    print(f"\nwhere a login's time goes ({total * 1000 / logins:.1f} ms per login profiled):")
    for title, (suffix, name) in AREAS.items():
        times = sorted(
            (
                entry[3]
                for key, entry in found.items()
                if key[0].endswith(suffix) and key[2] == name
            ),
            reverse=True,
        )
        cumulative = times[-1] if title == "begin view" and times else sum(times)
        share = cumulative * 100 / total if total else 0
        print(f"    {title:56} {cumulative * 1000 / logins:6.1f} ms  {share:4.0f} %")


def main(logins: int) -> None:
    client = Client(SERVER_NAME="127.0.0.1")
    complete(client, *begin(client))  # the user exists: a returning user from here on
    client.cookies.clear()
    state, flow = counted(lambda: begin(client), "begin")
    counted(lambda: complete(client, state, flow), "complete (returning user)")
    profiler = cProfile.Profile()
    for _ in range(logins):
        client.cookies.clear()
        profiler.enable()
        complete(client, *begin(client))
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    print(f"\ncProfile of {logins} logins (begin + complete), by cumulative time:")
    stats.print_stats(30)
    stats.sort_stats("tottime").print_stats(15)
    # Paths relative to site-packages or to backend/: shorter lines, same information.
    packages = os.path.dirname(os.path.dirname(django.__file__))
    print(out.getvalue().replace(packages + "/", "").replace(os.getcwd() + "/", ""))
    areas(stats, logins)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
