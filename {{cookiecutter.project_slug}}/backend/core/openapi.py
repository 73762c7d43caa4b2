"""OpenAPI pieces shared by the views: the error envelope of core.errors, and the
description of core.authentication's session scheme (registered when imported, by CoreConfig)."""

from __future__ import annotations

from drf_spectacular.authentication import SessionScheme
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Stable machine-readable code, e.g. token_invalid.")
    message = serializers.CharField(help_text="Human-readable; never carries internals.")
    provider = serializers.CharField(required=False, help_text="Provider id, where one applies.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="invalid_request: the messages of each invalid field.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


def error_responses(codes: dict[int, str]) -> dict[int, OpenApiResponse]:
    """`{status: error envelope}` for extend_schema(responses=...), e.g.
    `error_responses({401: "not_authenticated", 409: "last_login_method"})`."""
    return {
        status: OpenApiResponse(ErrorSerializer, description=f"Error code: {code}.")
        for status, code in codes.items()
    }


class SessionAuthenticationScheme(SessionScheme):
    # drf-spectacular matches authentication classes exactly, not their subclasses.
    target_class = "core.authentication.SessionAuthentication"
