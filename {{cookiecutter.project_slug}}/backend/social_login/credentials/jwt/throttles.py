from __future__ import annotations

from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView

from .cookie import read_refresh_cookie
from .tokens import RefreshRefused, decode


class RefreshRateThrottle(SimpleRateThrottle):
    """Refresh calls at settings.REFRESH_TOKEN_THROTTLE_RATE, counted on what the caller proves.

    A cookie with a valid signature counts against its sign-in (token family): behind a proxy
    every client may share one address, and one client must not use up the others' budget.
    A cookie that does not verify counts against the client address. A call without a cookie
    is not counted: it is answered 401 without touching the database.
    """

    scope = "token_refresh"

    def get_rate(self) -> str:
        return settings.REFRESH_TOKEN_THROTTLE_RATE

    def get_cache_key(self, request: Request, view: APIView) -> str | None:
        raw = read_refresh_cookie(request)
        if raw is None:
            return None
        try:
            ident = f"family:{decode(raw).family_id}"
        except RefreshRefused:
            ident = f"address:{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
