"""Credentials of a real sign-in for the fuzzer: the project's own sign-in code path
(social_login.credentials.chosen.signed_in_response, what `complete` answers) for a fresh user,
turned into the headers a client would send afterwards."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.test import RequestFactory

from social_login.credentials.chosen import signed_in_response


def signed_in_headers() -> list[str]:
    """`Name: value` headers: the site-wide cookies of the sign-in, and the Bearer token or
    the CSRF token where the sign-in gave one (which one depends on the auth mode)."""
    user = get_user_model().objects.create_user(username="fuzz", email="fuzz@example.com")

    def sign_in(request: HttpRequest) -> HttpResponse:
        return signed_in_response(request, user, is_new=False)

    # The middleware that store the session and send the CSRF cookie of a real sign-in.
    response = SessionMiddleware(CsrfViewMiddleware(sign_in))(RequestFactory().post("/"))
    # A cookie scoped to a narrower path serves one call that replaces it on every use: sent
    # on every request, the replays would end the sign-in halfway through the run.
    cookies = {
        name: morsel.value
        for name, morsel in response.cookies.items()
        if morsel.value and morsel["path"] in ("", "/")
    }
    jar = "; ".join(f"{name}={value}" for name, value in cookies.items())
    headers = [f"Cookie: {jar}"] if jar else []
    access = getattr(response, "data", {}).get("access")
    if access:
        headers.append(f"Authorization: Bearer {access}")
    if "csrftoken" in cookies:
        headers.append(f"X-CSRFToken: {cookies['csrftoken']}")
    return headers
