from rest_framework import authentication
from rest_framework.request import Request


class SessionAuthentication(authentication.SessionAuthentication):
    """DRF's session authentication, answering 401 (not 403) when nobody is signed in, so that
    the SPA tells "signed out" from "not allowed" the same way in both auth modes."""

    def authenticate_header(self, request: Request) -> str:
        return 'Session realm="api"'
