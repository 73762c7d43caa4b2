"""GET /api/auth/csrf/: the CSRF token in the response body.

The SPA cannot read a cookie of the API's host when the two live on sibling subdomains
(app.example.com and api.example.com), so it asks for the token instead. The token is worth
nothing without the API's own csrftoken cookie, which this call sets (host-only, SameSite=Lax)
and which a page of another site can neither read nor make the browser send with a token it
got: CORS keeps this body from any origin not in CORS_ALLOWED_ORIGINS.
"""

from __future__ import annotations

from django.middleware.csrf import get_token
from django.utils.cache import add_never_cache_headers
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from .openapi import csrf_cookie_header


class CsrfTokenView(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="auth_csrf",
        summary="CSRF token for X-CSRFToken (sets the csrftoken cookie)",
        description=(
            "Send the token in X-CSRFToken on every unsafe call. It changes at sign-in and "
            "sign-out: after a 403 csrf_failed, ask again."
        ),
        parameters=[csrf_cookie_header(200)],
        responses={200: inline_serializer("CsrfToken", {"csrf_token": serializers.CharField()})},
    )
    def get(self, request: Request) -> Response:
        response = Response({"csrf_token": get_token(request._request)})
        add_never_cache_headers(response)
        return response
