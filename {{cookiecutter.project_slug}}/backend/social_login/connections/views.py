"""GET /api/auth/connections/, DELETE /api/auth/connections/{id}/."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core.errors import NotFound
from core.openapi import error_responses

from ..credentials import chosen
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
        association = connections_of(request.user).filter(pk=pk).first()
        if association is None:
            raise NotFound("No such connection.")
        try:
            disconnect(request._request, request.user, association)
        except LastLoginMethod as exc:
            raise LastWayToSignIn() from exc
        return Response(status=status.HTTP_204_NO_CONTENT)
