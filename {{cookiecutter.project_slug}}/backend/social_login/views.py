"""The social login endpoints: list providers, begin a login, complete it.

No cookie or server session ties begin to complete: the flow token (social_login.flow) does.
"""

from __future__ import annotations

import logging
from typing import Any

import requests
from django.conf import settings
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import ensure_csrf_cookie
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from social_core.exceptions import SocialAuthBaseException

from core.errors import ApiError
from core.openapi import ErrorSerializer

from . import errors, flow
from .providers import Provider, configured_providers, display_name, get_configured
from .serializers import (
    BeginRequestSerializer,
    BeginResponseSerializer,
    ProvidersSerializer,
)
from .strategy import load_backend
from .throttles import SocialLoginThrottle

logger = logging.getLogger(__name__)


def _errors(*statuses: int, description: str = "See the error table") -> dict[int, Any]:
    return {
        status: OpenApiResponse(ErrorSerializer, description=description) for status in statuses
    }


class ProvidersView(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Providers you can sign in with",
        description="Only providers whose keys are configured. Sets the csrftoken cookie.",
        responses={200: ProvidersSerializer},
    )
    @method_decorator(ensure_csrf_cookie)
    def get(self, request: Request) -> Response:
        providers = [
            {"id": p.id, "name": display_name(p), "protocol": p.protocol}
            for p in configured_providers()
        ]
        return Response({"providers": providers})


class _SocialView(APIView):
    """Authentication is lazy here: a plain login never looks at the caller's credentials (a
    stale token must not break it); `connect` does."""

    permission_classes = [AllowAny]
    throttle_classes = [SocialLoginThrottle]

    def perform_authentication(self, request: Request) -> None:
        pass

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        if settings.AUTH_MODE == "session":
            _enforce_csrf(request)

    @staticmethod
    def provider(provider_id: str) -> Provider:
        provider = get_configured(provider_id)
        if provider is None:
            raise ApiError(
                "This sign-in provider is not available.", code="unknown_provider", status_code=404
            )
        return provider

    @staticmethod
    def signed_in_user(request: Request) -> Any:
        user = request.user
        if user is None or not user.is_authenticated:
            raise ApiError(
                "Sign in first to connect another account.",
                code="not_authenticated",
                status_code=401,
            )
        return user


def _enforce_csrf(request: Request) -> None:
    """Session mode: completing a login sets the session cookie, so like every unsafe request
    of the SPA it carries the CSRF token (no login CSRF)."""
    from django.middleware.csrf import CsrfViewMiddleware

    check = CsrfViewMiddleware(lambda r: None)  # type: ignore[arg-type, return-value]
    check.process_request(request._request)
    reason = check.process_view(request._request, None, (), {})  # type: ignore[arg-type]
    if reason is not None:
        raise ApiError("CSRF check failed.", code="csrf_failed", status_code=403)


class BeginView(_SocialView):
    throttle_scope = "social_begin"

    @extend_schema(
        summary="Start signing in with a provider",
        request=BeginRequestSerializer,
        responses={200: BeginResponseSerializer, **_errors(400, 401, 404, 429, 502, 503, 504)},
    )
    def post(self, request: Request, provider: str) -> Response:
        entry = self.provider(provider)
        body = BeginRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        redirect_uri = body.validated_data["redirect_uri"]
        if redirect_uri not in settings.SOCIAL_LOGIN["REDIRECT_URIS"]:
            raise ApiError("This redirect_uri is not allowed.", code="redirect_uri_not_allowed")
        intent = body.validated_data["intent"]
        user_id = str(self.signed_in_user(request).pk) if intent == "connect" else None

        session: dict[str, Any] = {}
        backend = load_backend(entry, request, redirect_uri=redirect_uri, session=session)
        with _provider_errors(entry):
            authorization_url = backend.auth_url()
        token = flow.encode(
            flow.Flow(
                provider=entry.id,
                redirect_uri=redirect_uri,
                intent=intent,
                user_id=user_id,
                session=session,
            )
        )
        return Response({"authorization_url": authorization_url, "flow": token})


def _invalid_flow(entry: Provider) -> ApiError:
    return ApiError(
        "This sign-in has expired or was already used. Please start again.",
        code="invalid_flow",
        provider=entry.id,
    )


class _provider_errors:
    """Turns anything raised while talking to a provider into the API's error table."""

    def __init__(self, entry: Provider) -> None:
        self.entry = entry

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> bool:
        if exc is None:
            return False
        if isinstance(exc, SocialAuthBaseException):
            raise errors.from_social_core(exc, self.entry.id) from exc
        if isinstance(exc, requests.RequestException | ValueError | KeyError | TypeError):
            # A provider reply social-core did not expect (a backend reading a missing key).
            raise errors.from_requests(exc, self.entry.id) from exc  # type: ignore[arg-type]
        return False
