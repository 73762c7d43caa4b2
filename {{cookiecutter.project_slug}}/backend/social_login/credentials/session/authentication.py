"""Session authentication that also records when each sign-in was last used."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from rest_framework.request import Request

from core import authentication
from core.openapi import SessionAuthenticationScheme

from .models import SessionSignIn

# At most one write per sign-in per this interval, however busy the SPA is.
LAST_USED_PRECISION = timedelta(minutes=1)


class SessionAuthentication(authentication.SessionAuthentication):
    def authenticate(self, request: Request):
        result = super().authenticate(request)
        key = request._request.session.session_key
        if result is not None and key:
            now = timezone.now()
            SessionSignIn.objects.filter(
                session_id=key, last_used_at__lt=now - LAST_USED_PRECISION
            ).update(last_used_at=now)
        return result


class TrackedSessionAuthenticationScheme(SessionAuthenticationScheme):
    # drf-spectacular matches authentication classes exactly, not their subclasses.
    target_class = "social_login.credentials.session.authentication.SessionAuthentication"
