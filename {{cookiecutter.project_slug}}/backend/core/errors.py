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

# Codes used where no more specific one applies, by HTTP status.
CODE_FOR_STATUS: dict[int, str] = {
    400: "invalid_request",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    406: "invalid_request",
    413: "invalid_request",
    415: "invalid_request",
    429: "rate_limited",
    500: "server_error",
}


class ApiError(exceptions.APIException):
    """An error with a stable code from the API contract. Raise it from any view."""

    status_code = status.HTTP_400_BAD_REQUEST
    code = "invalid_request"
    message = "The request is invalid."

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
        # simplejwt's InvalidToken: a token was sent but is expired, forged or revoked.
        is_bad_token = getattr(exc, "default_code", None) == "token_not_valid"
        code = "token_invalid" if is_bad_token else "not_authenticated"
    else:
        code = CODE_FOR_STATUS.get(response.status_code, "error")

    message = (
        "Some fields are missing or invalid."
        if isinstance(exc, exceptions.ValidationError)
        else _message_from_detail(exc.detail if isinstance(exc, exceptions.APIException) else exc)
    )
    response.data = error_body(code, message, **extra)
    return response
