"""GET /api/auth/connections/, DELETE /api/auth/connections/{id}/, and the example of calling
the provider's API as the user: GET /api/auth/connections/{id}/provider-profile/."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.errors import NotFound
from core.openapi import error_responses

from ..credentials import chosen
from ..login.errors import ProviderUnavailable
from ..login.providers import BY_BACKEND_NAME
from ..provider_tokens.errors import NotConnected, ReconsentRequired, ReconsentRequiredError
from ..provider_tokens.profile import NoProfileApi, fresh_profile
from .errors import LastWayToSignIn
from .serializers import ConnectionSerializer
from .services import LastLoginMethod, connections_of, disconnect


class ConnectionsView(APIView):
    @extend_schema(
        operation_id="auth_connections_list",
        summary="The social accounts connected to the signed-in user",
        responses={
            200: inline_serializer("Connections", {"connections": ConnectionSerializer(many=True)}),
            **error_responses(chosen.AUTHENTICATION_ERRORS),
        },
    )
    def get(self, request: Request) -> Response:
        connections = ConnectionSerializer(connections_of(request.user), many=True).data
        return Response({"connections": connections})


class ConnectionDetailView(APIView):
    @extend_schema(
        operation_id="auth_connections_delete",
        summary="Disconnect a social account",
        description="Refused with 409 `last_login_method` when it is the last way to sign in.",
        responses={
            204: OpenApiResponse(description="Disconnected."),
            **error_responses(
                [
                    *chosen.AUTHENTICATION_ERRORS,
                    *chosen.UNSAFE_REQUEST_ERRORS,
                    NotFound,
                    LastWayToSignIn,
                ]
            ),
        },
    )
    def delete(self, request: Request, pk: int) -> Response:
        association = _connection(request, pk)
        try:
            disconnect(request._request, request.user, association)
        except LastLoginMethod as exc:
            raise LastWayToSignIn() from exc
        return Response(status=status.HTTP_204_NO_CONTENT)


def _connection(request: Request, pk: int) -> Any:
    association = connections_of(request.user).filter(pk=pk).first()
    if association is None:
        raise NotFound("No such connection.")
    return association


class ProviderProfileView(APIView):
    """The example of calling a provider's API as the user (social_login/provider_tokens)."""

    @extend_schema(
        operation_id="auth_connections_provider_profile",
        summary="The connected account's profile, fresh from the provider",
        description="Calls the provider's API with the stored (renewed when expired) access "
        "token. `reconsent_required`: connect the account again (begin with intent connect).",
        responses={
            200: inline_serializer(
                "ProviderProfile",
                {
                    "provider": serializers.CharField(help_text="Provider id."),
                    "profile": serializers.DictField(
                        help_text="The provider's own reply (userinfo, /user, ...)."
                    ),
                },
            ),
            **error_responses(
                [
                    *chosen.AUTHENTICATION_ERRORS,
                    ReconsentRequiredError,
                    NotFound,
                    ProviderUnavailable,
                ]
            ),
        },
    )
    def get(self, request: Request, pk: int) -> Response:
        association = _connection(request, pk)
        provider = BY_BACKEND_NAME.get(association.provider)
        try:
            profile = fresh_profile(association)
        except ReconsentRequired as exc:
            raise exc.as_api_error() from None
        except (NoProfileApi, NotConnected, KeyError):
            raise NotFound("This provider offers no profile to read.") from None
        return Response({"provider": provider.id if provider else "", "profile": profile})
