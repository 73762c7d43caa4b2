"""The refresh token's cookie: HttpOnly, SameSite, scoped to /api/auth/, Secure unless DEBUG."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils import timezone


def set_refresh_cookie(response: HttpResponseBase, token: str, expires_at: datetime) -> None:
    max_age = max(0, int((expires_at - timezone.now()).total_seconds()))
    response.set_cookie(settings.REFRESH_COOKIE_NAME, token, max_age=max_age, **_attributes())


def clear_refresh_cookie(response: HttpResponseBase) -> None:
    # Same attributes as when set, or browsers may keep the original cookie.
    response.set_cookie(
        settings.REFRESH_COOKIE_NAME,
        "",
        max_age=0,
        expires="Thu, 01 Jan 1970 00:00:00 GMT",
        **_attributes(),
    )


def read_refresh_cookie(request: HttpRequest) -> str | None:
    return request.COOKIES.get(settings.REFRESH_COOKIE_NAME) or None


def _attributes() -> dict:
    return {
        "path": settings.REFRESH_COOKIE_PATH,
        "secure": not settings.DEBUG,
        "httponly": True,
        "samesite": settings.REFRESH_COOKIE_SAMESITE,
    }
