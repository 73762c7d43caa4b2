from __future__ import annotations

from django.contrib.auth import logout
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.openapi import error_responses

from .errors import CsrfFailed
from .openapi import LOGOUT_HEADERS


class LogoutView(APIView):
    """Ends the session. CSRF is checked (.authentication.SessionAuthentication)."""

    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="auth_logout",
        summary="Sign out",
        description="Flushes the session. Answers 204 also when already signed out.",
        request=inline_serializer("EmptyBody", {}),
        parameters=LOGOUT_HEADERS,
        responses={
            204: OpenApiResponse(description="Signed out."),
            **error_responses([CsrfFailed]),
        },
    )
    def post(self, request: Request) -> Response:
        logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)
