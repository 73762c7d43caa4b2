"""OpenAPI pieces shared by the views: the error envelope of core.errors with its ErrorCode
enum, and the documented error responses built from core.errors' declarations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema_field
from rest_framework import serializers

from .errors import ApiError, BodyTooLarge, UnsupportedMediaType, error_body, error_codes

ERROR_CODE_REF = {"$ref": "#/components/schemas/ErrorCode"}
ERROR_REF = {"$ref": "#/components/schemas/Error"}


@extend_schema_field(ERROR_CODE_REF)
class ErrorCodeField(serializers.CharField):
    """`code`: an enum of every declared code, added by `document_errors` once every app has
    declared its errors (they are not all imported when this module is)."""


class ErrorDetailSerializer(serializers.Serializer):
    code = ErrorCodeField(help_text="Stable machine-readable code.")
    message = serializers.CharField(help_text="Human-readable; never carries internals.")
    provider = serializers.CharField(required=False, help_text="Provider id, where one applies.")
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="invalid_request: the messages of each invalid field.",
    )


class ErrorSerializer(serializers.Serializer):
    error = ErrorDetailSerializer()


def error_responses(errors: Iterable[type[ApiError]]) -> dict[int, OpenApiResponse]:
    """`{status: error envelope}` for extend_schema(responses=...), from declared errors,
    e.g. `error_responses([NotAuthenticated, LastWayToSignIn])`, with one example per error
    (an error listed twice is documented once)."""
    by_status: dict[int, list[type[ApiError]]] = {}
    for error in dict.fromkeys(errors):
        by_status.setdefault(error.status_code, []).append(error)
    return {status: _response(declared) for status, declared in sorted(by_status.items())}


def _response(declared: list[type[ApiError]]) -> OpenApiResponse:
    codes = ", ".join(dict.fromkeys(error.code for error in declared))
    examples = [
        OpenApiExample(
            f"{error.__name__}",
            value=error_body(error.code, error.message),
            status_codes=[error.status_code],
            response_only=True,
        )
        for error in declared
    ]
    return OpenApiResponse(ErrorSerializer, description=f"Error code: {codes}.", examples=examples)


# Refusals core.request_checks and the JSON parser make before a view runs, by the methods
# they can answer: any body can be too large; a body that is not JSON is refused where one is
# read (DELETE reads none).
REQUEST_ERRORS: dict[str, tuple[type[ApiError], ...]] = {
    "post": (BodyTooLarge, UnsupportedMediaType),
    "put": (BodyTooLarge, UnsupportedMediaType),
    "patch": (BodyTooLarge, UnsupportedMediaType),
    "delete": (BodyTooLarge,),
}


def document_errors(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Postprocessing hook (SPECTACULAR_SETTINGS["POSTPROCESSING_HOOKS"]): publishes the
    ErrorCode enum and documents the refusals of REQUEST_ERRORS on every operation."""
    result["components"]["schemas"]["ErrorCode"] = {
        "type": "string",
        "enum": error_codes(),
        "description": "Every code the API answers with; see the description of each response.",
    }
    for operations in result["paths"].values():
        for method, operation in operations.items():
            for error in REQUEST_ERRORS.get(method, ()):
                operation["responses"].setdefault(str(error.status_code), _documented(error))
    return result


def _documented(error: type[ApiError]) -> dict[str, Any]:
    return {
        "description": f"Error code: {error.code}. {error.message}",
        "content": {
            "application/json": {
                "schema": ERROR_REF,
                "example": error_body(error.code, error.message),
            }
        },
    }
