"""Credentials of a real sign-in for the fuzzer: the dev provider (devidp) runs on a free port,
and a browser-less client signs in to the API under test as the SPA does: begin, the
provider's login form (the helpers of tests/devidp/), complete. What the API answered becomes
the headers a client sends afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

from tests.devidp import browser
from tests.devidp.server import DevIdpServer

# One of the dev provider's seeded accounts (devidp/people.py).
USERNAME, PASSWORD = "alice", "alice-password"


@contextmanager
def running_provider(scratch: Path) -> Iterator[str]:
    """Yields the dev provider's URL while it serves, its database in `scratch`."""
    workdir = scratch / "devidp"
    workdir.mkdir()
    with DevIdpServer(workdir) as provider:
        yield provider.url


def signed_in_headers(api_url: str) -> list[str]:
    """`Name: value` headers: the site-wide cookies of the sign-in, and the Bearer token or
    the CSRF token where the sign-in gave one (which one depends on the auth mode)."""
    with requests.Session() as spa:
        # Where the API checks CSRF (begin and complete included), this call sets its cookie,
        # as it does for the SPA; an API without CSRF checks answers 404 and needs nothing.
        spa.get(f"{api_url}/api/auth/csrf/", timeout=30)
        signed_in = _sign_in(spa, api_url)
        # A cookie scoped to a narrower path serves one call that replaces it on every use:
        # sent on every request, the replays would end the sign-in halfway through the run.
        cookies = {c.name: c.value for c in spa.cookies if c.value and c.path in ("", "/")}
    jar = "; ".join(f"{name}={value}" for name, value in cookies.items())
    headers = [f"Cookie: {jar}"] if jar else []
    if signed_in.get("access"):
        headers.append(f"Authorization: Bearer {signed_in['access']}")
    if "csrftoken" in cookies:
        headers.append(f"X-CSRFToken: {cookies['csrftoken']}")
    return headers


def _sign_in(spa: requests.Session, api_url: str) -> dict:
    """begin, the provider's pages, complete; returns complete's body."""
    social = f"{api_url}/api/auth/social/dev"
    begun = _post(spa, f"{social}/begin/", {"redirect_uri": browser.SPA_CALLBACK})
    with requests.Session() as popup:
        back = browser.log_in_and_authorize(popup, begun["authorization_url"], USERNAME, PASSWORD)
    answer = browser.query(back)
    body = {"flow": begun["flow"], "redirect_uri": browser.SPA_CALLBACK}
    return _post(spa, f"{social}/complete/", {**body, **answer})


def _post(spa: requests.Session, url: str, body: dict) -> dict:
    csrf = spa.cookies.get("csrftoken")
    headers = {"X-CSRFToken": csrf} if csrf else {}
    response = spa.post(url, json=body, headers=headers, timeout=60)
    if not response.ok:
        raise RuntimeError(
            f"Signing in for the fuzzer failed: {response.status_code} {response.text}"
        )
    return response.json()
