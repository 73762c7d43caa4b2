"""Serves the built single-page app (frontend/dist) on the API's origin.

whitenoise serves the files themselves (WHITENOISE_ROOT); these views answer the page paths:
/auth/callback with callback.html, under a Cross-Origin-Opener-Policy that keeps the popup's
`window.opener`, and every other page path with index.html for the SPA's own routing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core import checks
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseNotFound
from django.urls import path, re_path
from django.views.decorators.http import require_safe

NOT_BUILT = "The single-page app is not built: run `make build` (it writes frontend/dist).\n"


def _page(name: str) -> HttpResponse:
    page = Path(settings.SPA_DIST_DIR) / name
    if not page.is_file():
        return HttpResponseNotFound(NOT_BUILT, content_type="text/plain; charset=utf-8")
    response = FileResponse(page.open("rb"), content_type="text/html; charset=utf-8")
    # Pages name the current hashed assets: always revalidate them.
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def callback_page(request: HttpRequest) -> HttpResponse:
    response = _page("callback.html")
    # The page hands the code to its opener: COOP must not cut the popup from it, and the code
    # in the URL must not leak through a Referer.
    response["Cross-Origin-Opener-Policy"] = "unsafe-none"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_safe
def index_page(request: HttpRequest) -> HttpResponse:
    last_segment = request.path.rstrip("/").rsplit("/", 1)[-1]
    if request.path.startswith("/assets/") or "." in last_segment:
        # A missing file, not a page: answering index.html would hide the error.
        return HttpResponseNotFound("Not found.\n", content_type="text/plain; charset=utf-8")
    return _page("index.html")


# Everything that is not the API, the admin or a static file is a page of the SPA.
urlpatterns = [
    path("auth/callback", callback_page, name="spa-callback"),
    re_path(r"^(?!(?:api|admin|static)(?:/|$)).*$", index_page, name="spa"),
]


@checks.register(checks.Tags.security)
def check_cors_origins(**kwargs: Any) -> list[checks.CheckMessage]:
    """Credentialed CORS must name exact origins: a wildcard would let any site act as the
    signed-in user."""
    if not getattr(settings, "CORS_ALLOW_CREDENTIALS", False):
        return []
    wildcard = getattr(settings, "CORS_ALLOW_ALL_ORIGINS", False) or any(
        "*" in origin for origin in getattr(settings, "CORS_ALLOWED_ORIGINS", [])
    )
    if not wildcard:
        return []
    return [
        checks.Error(
            "CORS_ALLOWED_ORIGINS must list exact origins (https://app.example.com): a wildcard "
            "with credentials lets any site call the API as the signed-in user.",
            hint="Set CORS_ALLOWED_ORIGINS to the SPA's origin, or leave it empty when the API "
            "serves the SPA itself.",
            id="core.E001",
        )
    ]
