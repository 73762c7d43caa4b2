from __future__ import annotations

import logging

from django.utils.cache import add_never_cache_headers
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.exceptions import AuthenticationFailed

from core.errors import ApiError, NotAuthenticated, RateLimited, error_body
from core.openapi import error_responses

from .authentication import JWTAuthentication
from .cookie import clear_refresh_cookie, read_refresh_cookie, set_refresh_cookie
from .cross_site import SameSiteJsonOnly
from .errors import OriginNotAllowed, TokenInvalid
from .openapi import refresh_cookie_header
from .throttles import RefreshRateThrottle
from .tokens import FAMILY_CLAIM, RefreshRefused, revoke, revoke_family, rotate

logger = logging.getLogger(__name__)

EmptyBody = inline_serializer("EmptyBody", {})
COOKIE_AUTH = [{"refreshCookie": []}]


class RefreshView(APIView):
    """Exchanges the refresh cookie for a new access token and a new refresh cookie."""

    authentication_classes: list = []
    permission_classes = [SameSiteJsonOnly]
    throttle_classes = [RefreshRateThrottle]

    @extend_schema(
        operation_id="auth_token_refresh",
        summary="New access token from the refresh cookie (rotates the cookie)",
        description=(
            "Reads the HttpOnly `refresh_token` cookie and answers with a new access token and "
            "a new cookie. A refresh token works once: presenting one that was already "
            "rotated revokes that whole sign-in. On any 401 the cookie is cleared."
        ),
        auth=COOKIE_AUTH,
        request=EmptyBody,
        parameters=[refresh_cookie_header(200), refresh_cookie_header(401, cleared=True)],
        responses={
            200: inline_serializer("AccessToken", {"access": serializers.CharField()}),
            **error_responses([NotAuthenticated, TokenInvalid, OriginNotAllowed, RateLimited]),
        },
    )
    def post(self, request: Request) -> Response:
        raw = read_refresh_cookie(request)
        if raw is None:
            return _refused(NotAuthenticated)
        try:
            credentials = rotate(raw)
        except RefreshRefused as exc:
            logger.info("Refresh refused: %s", exc.reason)
            return _refused(TokenInvalid)
        response = Response({"access": str(credentials.access)})
        add_never_cache_headers(response)
        if credentials.refresh is not None:
            set_refresh_cookie(response, str(credentials.refresh), credentials.refresh_expires_at)
        return response


class LogoutView(APIView):
    """Ends the sign-in of the refresh cookie, or of the access token when the cookie did not
    come (a browser that refused it): its family is revoked, the cookie cleared."""

    authentication_classes: list = []
    permission_classes = [SameSiteJsonOnly]

    @extend_schema(
        operation_id="auth_logout",
        summary="Sign out",
        description=(
            "Revokes the sign-in of the `refresh_token` cookie (its refresh and access tokens "
            "stop working) and clears the cookie. Without a valid cookie, the sign-in of the "
            "Bearer access token is revoked instead. Answers 204 also when already signed out."
        ),
        auth=[*COOKIE_AUTH, {"jwtAuth": []}, {}],  # {}: signed out, it answers 204 too
        request=EmptyBody,
        parameters=[refresh_cookie_header(204, cleared=True)],
        responses={
            204: OpenApiResponse(description="Signed out."),
            **error_responses([OriginNotAllowed]),
        },
    )
    def post(self, request: Request) -> Response:
        raw = read_refresh_cookie(request)
        if raw is None or not revoke(raw):
            family_id = _bearer_family(request)
            if family_id is not None:
                revoke_family(family_id)
        response = Response(status=status.HTTP_204_NO_CONTENT)
        clear_refresh_cookie(response)
        return response


def _bearer_family(request: Request) -> str | None:
    """The sign-in named by a valid access token in the Authorization header, if any."""
    authentication = JWTAuthentication()
    header = authentication.get_header(request)
    try:
        raw = authentication.get_raw_token(header) if header is not None else None
        token = authentication.get_validated_token(raw) if raw is not None else None
    except AuthenticationFailed:  # a malformed, expired or non-access token: nothing to end
        return None
    if token is None:
        return None
    return str(token[FAMILY_CLAIM]) if FAMILY_CLAIM in token else None


def _refused(error: type[ApiError]) -> Response:
    """A 401 that also clears the cookie (a raised error's answer could not)."""
    response = Response(error_body(error.code, error.message), status=error.status_code)
    response["WWW-Authenticate"] = 'Cookie realm="api"'
    clear_refresh_cookie(response)
    return response
