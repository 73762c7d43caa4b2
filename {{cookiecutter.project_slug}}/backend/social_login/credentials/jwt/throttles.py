from __future__ import annotations

from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import APIView


class RefreshRateThrottle(SimpleRateThrottle):
    """Refresh calls per client address, at settings.REFRESH_TOKEN_THROTTLE_RATE."""

    scope = "token_refresh"

    def get_rate(self) -> str:
        return settings.REFRESH_TOKEN_THROTTLE_RATE

    def get_cache_key(self, request: Request, view: APIView) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
