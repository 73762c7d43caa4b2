"""The one JSON error envelope of the API: {"error": {"code", "message"[, "provider"]}}.

Every /api/ error goes through here: DRF exceptions via `exception_handler`, everything Django
answers on its own (404 from the resolver, 413, 500, CSRF) via core.middleware.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from django.http import JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


class ApiError(exceptions.APIException):
    """An error of the API contract, with a stable code. Raise it from any view.

    Each error is declared once, as a subclass that sets `code`, `status_code` and `message`
    (like DRF's exceptions.py): declaring one enters it in CATALOGUE, from which the schema
    publishes the `ErrorCode` enum and documents responses (core.openapi). A code may have
    several declarations with different statuses (provider_unavailable: 502, 503, 504).
    """

    status_code = status.HTTP_400_BAD_REQUEST
    code = "invalid_request"
    message = "The request is invalid."

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "code" in cls.__dict__:
            CATALOGUE.append(cls)

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        status_code: int | None = None,
        provider: str | None = None,
    ) -> None:
        self.code = code or self.code
        self.status_code = status_code or self.status_code
        self.provider = provider
        super().__init__(detail=message or self.message, code=self.code)


# Every declared error, in declaration order; see ApiError.
CATALOGUE: list[type[ApiError]] = []


def error_codes() -> list[str]:
    """The codes the API answers with: the schema's ErrorCode enum."""
    return sorted({error.code for error in CATALOGUE})


# The errors any call may answer, whatever its view does.
class InvalidRequest(ApiError):
    status_code = 400
    code = "invalid_request"
    message = "The request is invalid."


class NotAuthenticated(ApiError, exceptions.NotAuthenticated):
    """Also DRF's NotAuthenticated, so that DRF adds the mode's WWW-Authenticate header."""

    status_code = 401
    code = "not_authenticated"
    message = "Not signed in."


class PermissionDenied(ApiError):
    status_code = 403
    code = "permission_denied"
    message = "You may not do this."


class NotFound(ApiError):
    status_code = 404
    code = "not_found"
    message = "Not found."


class MethodNotAllowed(ApiError):
    status_code = 405
    code = "method_not_allowed"
    message = "This method is not allowed here."


class NotAcceptable(ApiError):
    status_code = 406
    code = "invalid_request"
    message = "The API answers application/json only."


class BodyTooLarge(ApiError):
    status_code = 413
    code = "invalid_request"
    message = "The request body is larger than API_MAX_BODY_BYTES."


class UnsupportedMediaType(ApiError):
    status_code = 415
    code = "invalid_request"
    message = "Send application/json."


class RateLimited(ApiError):
    status_code = 429
    code = "rate_limited"
    message = "Too many requests. Please wait a moment."


class ServerError(ApiError):
    status_code = 500
    code = "server_error"
    message = "Something went wrong on our side."


# The error of each status where no more specific one applies.
FOR_STATUS: dict[int, type[ApiError]] = {
    error.status_code: error
    for error in (
        InvalidRequest,
        NotAuthenticated,
        PermissionDenied,
        NotFound,
        MethodNotAllowed,
        NotAcceptable,
        BodyTooLarge,
        UnsupportedMediaType,
        RateLimited,
        ServerError,
    )
}
CODE_FOR_STATUS: dict[int, str] = {status: error.code for status, error in FOR_STATUS.items()}


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


def error_response(
    status_code: int, code: str | None = None, message: str | None = None
) -> JsonResponse:
    code = code or CODE_FOR_STATUS.get(status_code, "error")
    if message is None:
        try:
            message = HTTPStatus(status_code).phrase + "."
        except ValueError:
            message = "The request failed."
    return JsonResponse(error_body(code, message), status=status_code)


def _message_from_detail(detail: Any) -> str:
    if isinstance(detail, list) and detail:
        return _message_from_detail(detail[0])
    if isinstance(detail, dict) and detail:
        return _message_from_detail(next(iter(detail.values())))
    return str(detail)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # unexpected: core.middleware answers with a logged JSON 500

    extra: dict[str, Any] = {}
    if isinstance(exc, ApiError):
        code = exc.code
        if exc.provider:
            extra["provider"] = exc.provider
    elif isinstance(exc, exceptions.ValidationError):
        code = "invalid_request"
        if isinstance(exc.detail, dict):
            extra["fields"] = {
                field: [str(m) for m in (messages if isinstance(messages, list) else [messages])]
                for field, messages in exc.detail.items()
            }
    elif isinstance(exc, exceptions.AuthenticationFailed | exceptions.NotAuthenticated):
        # The auth mode raises its own declared errors for credentials it refuses.
        code = NotAuthenticated.code
    else:
        code = CODE_FOR_STATUS.get(response.status_code, "error")

    message = (
        "Some fields are missing or invalid."
        if isinstance(exc, exceptions.ValidationError)
        else _message_from_detail(exc.detail if isinstance(exc, exceptions.APIException) else exc)
    )
    response.data = error_body(code, message, **extra)
    return response
