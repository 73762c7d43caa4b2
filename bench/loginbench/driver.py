"""The load driver: N logins at concurrency C, each thread with its own pooled session.

A login is what a browser's SPA waits for between the click and being signed in, minus the
provider's own pages: for the reference one call with the code; for the bake begin (which
answers the authorization URL with the state, and the flow token) then complete.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs, urlsplit

import requests

from .overlay import REDIRECT_URI

Login = Callable[[requests.Session, int], bool]


def code_for(user_id: int) -> str:
    return f"u{user_id}"


def reference_login(base_url: str) -> Login:
    url = f"{base_url}/api/login/social/jwt-pair-user/github/"

    def login(session: requests.Session, user_id: int) -> bool:
        reply = session.post(url, json={"code": code_for(user_id), "redirect_uri": REDIRECT_URI})
        return reply.status_code == 200 and bool(reply.json().get("token"))

    return login


def bake_login(base_url: str) -> Login:
    begin_url = f"{base_url}/api/auth/social/github/begin/"
    complete_url = f"{base_url}/api/auth/social/github/complete/"

    def login(session: requests.Session, user_id: int) -> bool:
        begun = session.post(begin_url, json={"redirect_uri": REDIRECT_URI})
        if begun.status_code != 200:
            return False
        answer = begun.json()
        state = parse_qs(urlsplit(answer["authorization_url"]).query)["state"][0]
        body = {
            "code": code_for(user_id),
            "state": state,
            "flow": answer["flow"],
            "redirect_uri": REDIRECT_URI,
        }
        done = session.post(complete_url, json=body)
        return done.status_code == 200 and "access" in done.json()

    return login


def run(login: Login, user_ids: Iterable[int], concurrency: int) -> tuple[list[float], int, float]:
    """Logs every user in once, `concurrency` at a time. Returns the latencies (seconds) of
    successful logins, the count of failed ones and the wall time."""
    pending = iter(list(user_ids))
    lock = threading.Lock()
    latencies: list[float] = []
    errors = 0

    def worker() -> None:
        nonlocal errors
        with requests.Session() as session:
            while True:
                with lock:
                    user_id = next(pending, None)
                if user_id is None:
                    return
                started = time.perf_counter()
                try:
                    ok = login(session, user_id)
                except (requests.RequestException, ValueError, KeyError):
                    ok = False
                took = time.perf_counter() - started
                session.cookies.clear()  # every login starts signed out
                with lock:
                    if ok:
                        latencies.append(took)
                    else:
                        errors += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        for future in [pool.submit(worker) for _ in range(concurrency)]:
            future.result()
    return latencies, errors, time.perf_counter() - started
