"""DRF authentication of auth_mode=session, and its OpenAPI description."""

from drf_spectacular.authentication import SessionScheme
from rest_framework import authentication, exceptions
from rest_framework.permissions import SAFE_METHODS
from rest_framework.request import Request


class SessionAuthentication(authentication.SessionAuthentication):
    """DRF's session authentication, with three changes for the SPA:

    - 401 (not 403) when nobody is signed in, so that the SPA tells "signed out" from "not
      allowed" the same way in both auth modes;
    - CSRF is checked on every unsafe request, signed in or not (DRF checks signed-in ones
      only), so that no cross-site page can make a browser sign in or out;
    - a CSRF failure is the JSON error with code "csrf_failed".
    """

    def authenticate(self, request: Request):
        result = super().authenticate(request)
        if result is None and request.method not in SAFE_METHODS:
            self.enforce_csrf(request)
        return result

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
