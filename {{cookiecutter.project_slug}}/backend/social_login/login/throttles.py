from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

# The setting that holds each scope's rate.
RATE_SETTINGS = {
    "social_begin": "SOCIAL_LOGIN_BEGIN_RATE",
    "social_complete": "SOCIAL_LOGIN_COMPLETE_RATE",
}


class SocialLoginThrottle(ScopedRateThrottle):
    """Per client address, with the rate of the view's scope (RATE_SETTINGS) read at request time
    (so that settings can change them). Keyed by address only: these endpoints must not
    authenticate a caller just to count them."""

    def allow_request(self, request: Request, view: APIView) -> bool:
        self.scope = getattr(view, self.scope_attr, None)
        if not self.scope:
            return True
        self.rate = getattr(settings, RATE_SETTINGS[self.scope], None)
        if not self.rate:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super(ScopedRateThrottle, self).allow_request(request, view)

    def get_cache_key(self, request: Request, view: APIView) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
