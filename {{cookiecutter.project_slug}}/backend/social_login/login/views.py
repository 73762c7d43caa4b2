"""The social login endpoints: list providers, begin a login, complete it.

No cookie or server session ties begin to complete: the flow token (flow_token.py) does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import requests
from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from social_core.exceptions import SocialAuthBaseException

from core.errors import ApiError, InvalidRequest, NotAuthenticated, RateLimited
from core.openapi import error_responses

from ..credentials import chosen
from ..provider_tokens import scopes
from . import errors, flow_token
from .providers import Provider, configured_providers, display_name, get_configured
from .serializers import (
    BeginRequestSerializer,
    BeginResponseSerializer,
    CompleteRequestSerializer,
    ProvidersSerializer,
)
from .strategy import load_backend
from .throttles import SocialLoginThrottle

logger = logging.getLogger(__name__)


# The provider failed, could not be reached, or did not answer in time.
_PROVIDER_DOWN = (errors.ProviderUnavailable, errors.ProviderUnreachable, errors.ProviderTimeout)
# What begin and complete may refuse whatever the provider: the mode's CSRF check, throttles.
_ANY_LOGIN_CALL = (InvalidRequest, NotAuthenticated, *chosen.UNSAFE_REQUEST_ERRORS, RateLimited)


class ProvidersView(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Providers you can sign in with",
        description="Only providers whose keys are configured.",
        responses={200: ProvidersSerializer},
    )
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
        chosen.check_login_request(request)

    @staticmethod
    def provider(provider_id: str) -> Provider:
        provider = get_configured(provider_id)
        if provider is None:
            raise errors.UnknownProvider()
        return provider

    @staticmethod
    def signed_in_user(request: Request) -> Any:
        user = request.user
        if user is None or not user.is_authenticated:
            # DRF adds the mode's WWW-Authenticate challenge to this 401.
            raise NotAuthenticated("Sign in first to connect another account.")
        return user


class BeginView(_SocialView):
    throttle_scope = "social_begin"

    @extend_schema(
        summary="Start signing in with a provider",
        request=BeginRequestSerializer,
        responses={
            200: BeginResponseSerializer,
            **error_responses(
                [
                    *_ANY_LOGIN_CALL,
                    errors.RedirectUriNotAllowed,
                    errors.UnknownProvider,
                    *_PROVIDER_DOWN,
                ]
            ),
        },
    )
    def post(self, request: Request, provider: str) -> Response:
        entry = self.provider(provider)
        body = BeginRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        redirect_uri = body.validated_data["redirect_uri"]
        if redirect_uri not in settings.SOCIAL_LOGIN_REDIRECT_URIS:
            raise errors.RedirectUriNotAllowed()
        intent = body.validated_data["intent"]
        user_id = str(self.signed_in_user(request).pk) if intent == "connect" else None

        session: dict[str, Any] = {}
        backend = load_backend(entry, request, redirect_uri=redirect_uri, session=session)
        scopes.add_to(backend, scopes.check(entry, intent, body.validated_data["scopes"]))
        with provider_errors(entry):
            authorization_url = backend.auth_url()
        token = flow_token.encode(
            flow_token.Flow(
                provider=entry.id,
                redirect_uri=redirect_uri,
                intent=intent,
                user_id=user_id,
                session=session,
            )
        )
        return Response({"authorization_url": authorization_url, "flow": token})


class CompleteView(_SocialView):
    throttle_scope = "social_complete"

    @extend_schema(
        summary="Finish signing in with the provider's answer",
        request=CompleteRequestSerializer,
        parameters=chosen.SIGN_IN_HEADERS,
        responses={
            200: chosen.SignedInSerializer,
            **error_responses(
                [
                    *_ANY_LOGIN_CALL,
                    *errors.ANSWERS.values(),
                    errors.InvalidFlow,
                    errors.UnknownProvider,
                ]
            ),
        },
    )
    def post(self, request: Request, provider: str) -> Response:
        entry = self.provider(provider)
        body = CompleteRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        current, connect_user = self.read_flow(request, entry, body.validated_data)
        backend = load_backend(
            entry,
            request,
            redirect_uri=current.redirect_uri,
            session=current.session,
            data=body.provider_params(),
            flow=current,
            signed_in=lambda user: chosen.signed_in_response(
                request, user, is_new=bool(getattr(user, "is_new", False))
            ),
        )
        user = _complete(backend, entry, current, connect_user)
        if user is None or not getattr(user, "pk", None):
            logger.error("Sign-in with %s ended without a user", entry.id)
            raise errors.api_error(errors.UNAVAILABLE, entry.id)
        return backend.strategy.sign_in_result

    def read_flow(
        self, request: Request, entry: Provider, data: dict[str, Any]
    ) -> tuple[flow_token.Flow, Any]:
        """The flow token, checked: signed, for this provider and redirect_uri, begun by the
        caller when it connects an account, and not used yet. With the connecting user."""
        try:
            current = flow_token.decode(
                data["flow"], provider=entry.id, redirect_uri=data["redirect_uri"]
            )
        except flow_token.InvalidFlow as error:
            logger.info("Refused a flow token for %s: %s", entry.id, error)
            raise _invalid_flow(entry) from None

        connect_user = None
        if current.intent == "connect":
            # Only the user who began the connection can finish it.
            connect_user = self.signed_in_user(request)
            if str(connect_user.pk) != current.user_id:
                raise _invalid_flow(entry)
        try:
            # A replay stops here, before the provider sees its code again.
            flow_token.check_unused(current)
        except flow_token.InvalidFlow:
            raise _invalid_flow(entry) from None
        return current, connect_user


def _complete(backend: Any, entry: Provider, flow: flow_token.Flow, connect_user: Any) -> Any:
    """social-core's complete: the provider calls, then one transaction that claims the flow,
    runs the pipeline and signs in (strategy.authenticate). A login that fails still uses up
    its flow."""
    try:
        with provider_errors(entry):
            return backend.complete(user=connect_user)
    except flow_token.InvalidFlow:
        raise _invalid_flow(entry) from None
    finally:
        if backend.strategy.sign_in_result is None:
            _use_up(flow)


def _use_up(flow: flow_token.Flow) -> None:
    # InvalidFlow: a concurrent use of the flow already did.
    with suppress(flow_token.InvalidFlow):
        flow_token.consume(flow)


def _invalid_flow(entry: Provider) -> ApiError:
    return errors.InvalidFlow(provider=entry.id)


@contextmanager
def provider_errors(entry: Provider) -> Iterator[None]:
    """Turns anything raised while talking to a provider into the API's error table."""
    try:
        yield
    except SocialAuthBaseException as error:
        raise errors.from_social_core(error, entry.id) from error
    except (requests.RequestException, ValueError, KeyError, TypeError, AttributeError) as error:
        # Failures social-core did not classify: transport errors, replies it could not read.
        raise errors.from_unclassified(error, entry.id) from error
