"""DRF authentication of auth_mode=session, and its OpenAPI description."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from drf_spectacular.authentication import SessionScheme
from rest_framework import authentication, exceptions
from rest_framework.permissions import SAFE_METHODS
from rest_framework.request import Request

from .models import SessionSignIn

# At most one write per sign-in per this interval, however busy the SPA is.
LAST_USED_PRECISION = timedelta(minutes=1)


class SessionAuthentication(authentication.SessionAuthentication):
    """DRF's session authentication, with four changes for the SPA:

    - 401 (not 403) when nobody is signed in, so that the SPA tells "signed out" from "not
      allowed" the same way in both auth modes;
    - CSRF is checked on every unsafe request, signed in or not (DRF checks signed-in ones
      only), so that no cross-site page can make a browser sign in or out;
    - a CSRF failure is the JSON error with code "csrf_failed";
    - each sign-in records when it was last used (the account center's list of sign-ins).
    """

    def authenticate(self, request: Request):
        result = super().authenticate(request)
        if result is None and request.method not in SAFE_METHODS:
            self.enforce_csrf(request)
        if result is not None:
            self._record_use(request)
        return result

    def _record_use(self, request: Request) -> None:
        key = request._request.session.session_key
        if key:
            now = timezone.now()
            SessionSignIn.objects.filter(
                session_id=key, last_used_at__lt=now - LAST_USED_PRECISION
            ).update(last_used_at=now)

    def enforce_csrf(self, request: Request) -> None:
        # Imported here: DRF imports this module while rest_framework.views, which core.errors
        # needs, is still loading.
        from .errors import CsrfFailed

        try:
            super().enforce_csrf(request)
        except exceptions.PermissionDenied as exc:
            raise CsrfFailed() from exc

    def authenticate_header(self, request: Request) -> str:
        return 'Session realm="api"'


class SessionAuthenticationScheme(SessionScheme):
    # drf-spectacular matches authentication classes exactly, not their subclasses.
    target_class = "social_login.credentials.session.authentication.SessionAuthentication"
